// Screenshots of the built site at phone and desktop widths, light and dark, both languages,
// for a person to look at: `npm run screenshots` after `npm run build`, with the site served.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const out = process.env.OUT ?? 'reports/screenshots';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/ko/', '/en/'];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const [device, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, hasTouch: device === 'phone' });
      await page.goto(base + path);
      const name = `${out}/${path.replace(/\W+/g, '_')}${device}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
