// The reader in WebKit, Safari's engine: WebKitGTK's MiniBrowser through WebKitWebDriver
// (selenium-webdriver), in an Xvfb display of its own. The colour scheme is MiniBrowser's
// --dark-mode flag, so a change of scheme is a new session; one window at a time, since X gives
// the keyboard to the window under the pointer. WebDriver cannot listen to the page before its
// scripts run, so problems() sees what happens after load (errors, CSP violations, requests);
// what is logged during load is read from MiniBrowser's own output by consoleAtLoad().
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, Key as WebDriverKey, type WebDriver } from 'selenium-webdriver';
import { Origin } from 'selenium-webdriver/lib/input.js';
import { MINIBROWSER, gtkConfigHome, requireWebKit, startWebKitWebDriver, startXvfb } from '../support/engines.ts';
import {
  VIEWPORTS,
  collectedProblems,
  foreignResources,
  nextFrames,
  pointAt,
  recordPageProblems,
  type EngineDriver,
  type Key,
  type Reader,
  type Scheme,
  type View,
} from './reader.ts';

const KEYS: Record<Exclude<Key, 'Shift+Tab'>, string> = {
  Tab: WebDriverKey.TAB,
  Escape: WebDriverKey.ESCAPE,
  Enter: WebDriverKey.ENTER,
  ArrowRight: WebDriverKey.ARROW_RIGHT,
  ArrowLeft: WebDriverKey.ARROW_LEFT,
  ArrowDown: WebDriverKey.ARROW_DOWN,
  ArrowUp: WebDriverKey.ARROW_UP,
};

export function webkitDriver(): EngineDriver {
  let started: Promise<{ server: string; stop(): void }> | undefined;
  let session: { scheme: Scheme; driver: WebDriver } | undefined;

  const start = () =>
    (started ??= (async () => {
      requireWebKit();
      const display = await startXvfb();
      const config = gtkConfigHome();
      const webdriver = await startWebKitWebDriver(display.name, config.dir);
      return {
        server: webdriver.url,
        stop() {
          webdriver.process.kill();
          display.stop();
          config.remove();
        },
      };
    })());

  async function driverFor(scheme: Scheme): Promise<WebDriver> {
    if (session?.scheme === scheme) return session.driver;
    await session?.driver.quit();
    session = undefined;
    const { server } = await start();
    const args = ['--automation', ...(scheme === 'dark' ? ['--dark-mode'] : [])];
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } })
      .build();
    session = { scheme, driver };
    return driver;
  }

  /** Sizes the window so that the page's viewport (not the window) has the wanted size. */
  async function setViewport(driver: WebDriver, width: number, height: number) {
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
    const inner = () => driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
    let [innerWidth, innerHeight] = await inner();
    // Right after a resize from a much wider window, the page may still report the old size (a
    // correction from it would be no width at all): read again once the window has settled.
    if (innerWidth >= width * 2 || innerHeight >= height * 2) {
      await driver.sleep(200);
      [innerWidth, innerHeight] = await inner();
    }
    if (innerWidth !== width || innerHeight !== height) {
      await driver
        .manage()
        .window()
        .setRect({ x: 0, y: 0, width: width * 2 - innerWidth, height: height * 2 - innerHeight });
    }
  }

  return {
    engine: 'webkit',
    reader(origin) {
      let driver: WebDriver | undefined;
      let cleared = false;
      const need = () => {
        if (!driver) throw new Error('open a page first');
        return driver;
      };
      const center = async (selector: string) => {
        const point = await need().executeScript<[number, number] | null>(
          `return (${pointAt.toString()})(arguments[0])`,
          selector,
        );
        if (!point) throw new Error(`no element matches ${selector}`);
        await settle(need()); // a scroll pointAt() made has reached hit testing
        return { x: point[0], y: point[1] };
      };
      const reader: Reader & { close(): Promise<void> } = {
        engine: 'webkit',
        async open(path, view: View) {
          driver = await driverFor(view.scheme);
          const { width, height } = VIEWPORTS[view.device];
          await setViewport(driver, width, height);
          if (!cleared) {
            // Tests share the session: forget what an earlier test left (the remembered language,
            // which would send / elsewhere), from a page of the site that remembers nothing.
            await driver.get(`${origin}/404.html`);
            await driver.executeScript('localStorage.clear()');
            cleared = true;
          }
          await driver.get(origin + path);
          await driver.executeScript(`(${recordPageProblems.toString()})()`);
          await settle(driver); // the jump to a #fragment has landed
        },
        evaluate: async (fn, arg) => need().executeScript<never>(`return (${fn.toString()})(${JSON.stringify(arg)})`),
        async click(selector) {
          const { x, y } = await center(selector);
          await need().actions().move({ x, y, origin: Origin.VIEWPORT }).click().perform();
        },
        async hover(selector) {
          const { x, y } = await center(selector);
          await need().actions().move({ x, y, origin: Origin.VIEWPORT, duration: 100 }).perform();
        },
        async mouseTo(x, y) {
          await need().actions().move({ x, y, origin: Origin.VIEWPORT, duration: 100 }).perform();
        },
        async tap(selector) {
          const { x, y } = await center(selector);
          // Touch input as the W3C WebDriver protocol has it (selenium's typings lack it).
          const finger = {
            type: 'pointer',
            id: 'finger',
            parameters: { pointerType: 'touch' },
            actions: [
              { type: 'pointerMove', x, y, origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          };
          const { server } = await start();
          const response = await fetch(`${server}/session/${(await need().getSession()).getId()}/actions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ actions: [finger] }),
          });
          if (response.ok) return 'touch';
          // WebKitGTK's driver has no touch input: the nearest a test can come is the click a tap makes.
          await need().actions().move({ x, y, origin: Origin.VIEWPORT }).click().perform();
          return 'mouse';
        },
        async press(key) {
          const actions = need().actions();
          if (key === 'Shift+Tab')
            await actions.keyDown(WebDriverKey.SHIFT).sendKeys(WebDriverKey.TAB).keyUp(WebDriverKey.SHIFT).perform();
          else await actions.sendKeys(KEYS[key]).perform();
        },
        url: () => need().getCurrentUrl(),
        screenshot: async (file) => writeFileSync(file, await need().takeScreenshot(), 'base64'),
        async problems() {
          if (!driver) return [];
          const seen = await driver.executeScript<string[]>(`return (${collectedProblems.toString()})()`);
          const foreign = await driver.executeScript<string[]>(`return (${foreignResources.toString()})()`);
          return [...seen, ...foreign.map((url) => `request to another host: ${url}`)];
        },
        close: async () => {},
      };
      return reader;
    },
    async close() {
      await session?.driver.quit();
      session = undefined;
      if (started) (await started).stop();
    },
  };
}

/** Two frames later: what the page scrolled to is where the pointer will meet it. */
function settle(driver: WebDriver): Promise<unknown> {
  return driver.executeAsyncScript(`(${nextFrames.toString()})().then(arguments[arguments.length - 1]);`);
}

/**
 * What WebKit logs while it loads each page, before any script of a test could listen: MiniBrowser,
 * run on its own with its console written to its output, loads the page and quits. Console errors
 * (CSP violations among them) by URL.
 */
export async function consoleErrorsAtLoad(urls: string[]): Promise<Map<string, string[]>> {
  requireWebKit();
  const display = await startXvfb();
  const config = gtkConfigHome();
  const found = new Map<string, string[]>();
  try {
    for (const url of urls) {
      const output = await new Promise<string>((done, fail) => {
        const browser = spawn(
          MINIBROWSER,
          ['--enable-write-console-messages-to-stdout=true', '--exit-after-load', url],
          {
            env: { ...process.env, DISPLAY: display.name, XDG_CONFIG_HOME: config.dir },
            stdio: ['ignore', 'pipe', 'ignore'],
          },
        );
        let text = '';
        browser.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        const timer = setTimeout(() => {
          browser.kill();
          fail(new Error(`MiniBrowser did not finish loading ${url}`));
        }, 60_000);
        browser.once('exit', () => {
          clearTimeout(timer);
          done(text);
        });
        browser.once('error', fail);
      });
      found.set(
        url,
        output.split('\n').filter((line) => /CONSOLE \w*\s*ERROR/.test(line)),
      );
    }
    return found;
  } finally {
    display.stop();
    config.remove();
  }
}
