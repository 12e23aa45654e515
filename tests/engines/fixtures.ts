// The engine-neutral test set-up: each Playwright project names its engine (chromium, firefox,
// webkit); a worker starts that engine's driver once, and each test gets a `reader` on the site
// served for the tests. After every test, whatever the driver saw go wrong in the page (console
// errors, uncaught errors, CSP violations, requests to other hosts) fails it.
import { test as base, expect } from '@playwright/test';
import { chromiumDriver } from './reader-chromium.ts';
import { firefoxDriver } from './reader-firefox.ts';
import { webkitDriver } from './reader-webkit.ts';
import type { Engine, EngineDriver, Reader } from './reader.ts';

export const test = base.extend<{ reader: Reader }, { engine: Engine; engineDriver: EngineDriver }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  engineDriver: [
    // Not Playwright's `browser` fixture, which would start Chromium in every project.
    async ({ engine, playwright, launchOptions }, use) => {
      const driver =
        engine === 'firefox'
          ? firefoxDriver()
          : engine === 'webkit'
            ? webkitDriver()
            : chromiumDriver(await playwright.chromium.launch(launchOptions));
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  reader: async ({ engineDriver, baseURL }, use) => {
    const reader = engineDriver.reader(new URL(baseURL!).origin);
    await use(reader);
    const problems = await reader.problems();
    await reader.close();
    expect(problems, `console errors, CSP violations or requests to other hosts (${engineDriver.engine})`).toEqual([]);
  },
});

export { expect };
