// The reader in Chromium, through Playwright: touch, colour scheme and viewport are emulated per
// context, console and requests are seen as they happen.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  VIEWPORTS,
  nextFrames,
  pointerInput,
  recordPageProblems,
  type EngineDriver,
  type Key,
  type Reader,
  type View,
} from './reader.ts';

export function chromiumDriver(browser: Browser): EngineDriver {
  return {
    engine: 'chromium',
    reader(origin) {
      let context: BrowserContext | undefined;
      let page: Page | undefined;
      let current = '';
      let problems: string[] = [];
      const need = () => {
        if (!page) throw new Error('open a page first');
        return page;
      };
      const reader: Reader & { close(): Promise<void> } = {
        engine: 'chromium',
        async open(path, view: View) {
          const key = `${view.device}/${view.scheme}`;
          if (key !== current) {
            await context?.close();
            const phone = view.device !== 'desktop';
            context = await browser.newContext({
              viewport: VIEWPORTS[view.device],
              colorScheme: view.scheme,
              hasTouch: phone,
              isMobile: phone,
            });
            await context.addInitScript(recordPageProblems);
            page = await context.newPage();
            page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
            page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
            page.on('request', (r) => {
              const url = new URL(r.url());
              if (/^https?:$/.test(url.protocol) && url.origin !== origin)
                problems.push(`request to another host: ${r.url()}`);
            });
            current = key;
          }
          await need().goto(origin + path, { waitUntil: 'load' });
          await need().evaluate(nextFrames); // the jump to a #fragment has landed
        },
        evaluate: (fn, arg) => need().evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`),
        ...pointerInput(need),
        press: (key: Key) => need().keyboard.press(key),
        url: () => Promise.resolve(need().url()),
        screenshot: async (file) => void (await need().screenshot({ path: file })),
        async problems() {
          const inPage = page
            ? await page.evaluate(() => (window as unknown as { __problems?: string[] }).__problems ?? [])
            : [];
          const all = [...problems, ...inPage.filter((p) => p.startsWith('CSP'))];
          problems = [];
          return all;
        },
        close: async () => void (await context?.close()),
      };
      return reader;
    },
    close: () => browser.close(),
  };
}
