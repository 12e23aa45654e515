// End-to-end tests against the production build in dist/, served by a plain static file server
// (no Astro, no server rules), as any static host would serve it. A second server serves the same
// site built under a sub-path (npm run build:subpath: BASE_PATH=/explainer/), from the folder
// above it, as a host serves a site that is not at its domain's root.
import { defineConfig, devices } from '@playwright/test';
import type { Engine } from './tests/engines/reader.ts';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser.ts';
import {
  ROOT_ORIGIN,
  ROOT_PORT,
  SUBPATH_BASE,
  SUBPATH_DIST,
  SUBPATH_ORIGIN,
  SUBPATH_PORT,
  SUBPATH_SERVE_DIR,
} from './tests/support/site.ts';

// Chromium runs every browser test (tests/e2e, through Playwright) and the reader behaviours of
// tests/engines; Firefox ESR and WebKit run the reader behaviours, through their own drivers.
// What needs no browser (the built files, the build on real web servers) runs with Vitest.
export default defineConfig<object, { engine: Engine }>({
  testDir: 'tests',
  outputDir: 'reports/test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: 'reports/playwright', open: 'never' }]],
  projects: [
    // Two engine specs belong to some engines only, so each project lists what it leaves out
    // rather than the specs skipping themselves: opening the site from disk is a Chromium and
    // Firefox promise (WebKitGTK's MiniBrowser is no reader's file viewer), and real speech runs
    // where Linux's speech stack reaches the browser without flags, Firefox.
    {
      name: 'chromium',
      testMatch: ['e2e/**/*.spec.ts', 'engines/**/*.spec.ts'],
      testIgnore: 'engines/listen-real-speech.spec.ts',
    },
    { name: 'firefox', testMatch: 'engines/**/*.spec.ts', use: { engine: 'firefox' }, timeout: 90_000 },
    {
      name: 'webkit',
      testMatch: 'engines/**/*.spec.ts',
      testIgnore: ['engines/from-disk.spec.ts', 'engines/listen-real-speech.spec.ts'],
      use: { engine: 'webkit' },
      timeout: 90_000,
    },
  ],
  use: {
    baseURL: ROOT_ORIGIN,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `http-server dist -p ${ROOT_PORT} -a 127.0.0.1 -c-1 -s`,
      url: `${ROOT_ORIGIN}/ko/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // Fails at once, with the reason, rather than waiting for a page that is not there.
      command:
        `test -f ${SUBPATH_DIST}/index.html || { echo "${SUBPATH_DIST} is missing: run npm run build:test (npm test does)" >&2; exit 1; }; ` +
        `exec http-server ${SUBPATH_SERVE_DIR} -p ${SUBPATH_PORT} -a 127.0.0.1 -c-1 -s -d false`,
      url: `${SUBPATH_ORIGIN}${SUBPATH_BASE}ko/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
