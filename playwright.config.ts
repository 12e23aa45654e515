// End-to-end tests against the production build in dist/, served by a plain static file server
// (no Astro, no server rules), as any static host would serve it.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/browser.ts';

const PORT = 4321;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'reports/test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { outputFolder: 'reports/playwright', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `http-server dist -p ${PORT} -a 127.0.0.1 -c-1 -s`,
    url: `http://127.0.0.1:${PORT}/ko/`,
    reuseExistingServer: !process.env.CI,
  },
});
