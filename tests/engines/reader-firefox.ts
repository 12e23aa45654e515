// The reader in Firefox ESR, through puppeteer-core over WebDriver BiDi. Firefox takes its colour
// scheme from a preference set at launch, so the driver keeps one browser per scheme.
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { firefoxPath } from '../support/engines.ts';
import {
  VIEWPORTS,
  nextFrames,
  pointerInput,
  recordPageProblems,
  type EngineDriver,
  type Key,
  type Reader,
  type Scheme,
  type View,
} from './reader.ts';

const SCHEME_OVERRIDE: Record<Scheme, number> = { dark: 0, light: 1 }; // layout.css.prefers-color-scheme.content-override

export function firefoxDriver(): EngineDriver {
  const browsers = new Map<Scheme, Promise<Browser>>();
  const browserFor = (scheme: Scheme) => {
    let browser = browsers.get(scheme);
    if (!browser) {
      browser = puppeteer.launch({
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': SCHEME_OVERRIDE[scheme] },
      });
      browsers.set(scheme, browser);
    }
    return browser;
  };

  return {
    engine: 'firefox',
    reader(origin) {
      let context: BrowserContext | undefined;
      let page: Page | undefined;
      let scheme: Scheme | undefined;
      let problems: string[] = [];
      const need = () => {
        if (!page) throw new Error('open a page first');
        return page;
      };
      const reader: Reader & { close(): Promise<void> } = {
        engine: 'firefox',
        async open(path, view: View) {
          if (view.scheme !== scheme) {
            // A context of its own for each test: no storage (the remembered language) carried over.
            await context?.close();
            context = await (await browserFor(view.scheme)).createBrowserContext();
            page = await context.newPage();
            await page.evaluateOnNewDocument(recordPageProblems);
            page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
            page.on('pageerror', (e) => problems.push(`uncaught: ${String(e)}`));
            page.on('request', (r) => {
              const url = new URL(r.url());
              if (/^https?:$/.test(url.protocol) && url.origin !== origin)
                problems.push(`request to another host: ${r.url()}`);
            });
            scheme = view.scheme;
          }
          try {
            await need().setViewport(VIEWPORTS[view.device]);
          } catch (error) {
            // Firefox 140 has no emulation.setScreenOrientationOverride, which puppeteer sends along
            // with the viewport; the viewport itself is set by then.
            if (!/setScreenOrientationOverride/.test(String(error))) throw error;
          }
          await need().goto(origin + path, { waitUntil: 'load' });
          await need().evaluate(nextFrames); // the jump to a #fragment has landed
        },
        evaluate: (fn, arg) => need().evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`) as never,
        ...pointerInput(need),
        async press(key: Key) {
          const keyboard = need().keyboard;
          if (key === 'Shift+Tab') {
            await keyboard.down('Shift');
            await keyboard.press('Tab');
            await keyboard.up('Shift');
          } else await keyboard.press(key);
        },
        url: () => Promise.resolve(need().url()),
        screenshot: async (file) => void (await need().screenshot({ path: file })),
        async problems() {
          const inPage = page
            ? await page.evaluate(() => (window as unknown as { __problems?: string[] }).__problems ?? [])
            : [];
          const all = [...problems, ...inPage];
          problems = [];
          return all;
        },
        close: async () => void (await context?.close()),
      };
      return reader;
    },
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
    },
  };
}
