// The site opened from disk, as someone who has the built folder opens dist/ko/index.html: the
// page script loads as a classic script (module scripts are refused from file://) under the page's
// CSP, with no console error; a term card opens; every internal link leads to a page's file (a
// link to a folder would open a listing of its files); the language switch opens the other
// language's page; "show original", which cannot fetch the other language's text there, opens
// the parallel view at the paragraph; the home page sends a reader on to a page too. Chromium and
// Firefox ESR, through their drivers; WebKit's MiniBrowser is driven only over http here.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.ts';
import type { Reader, View } from './reader.ts';
import { ROOT_BUILD } from '../support/site.ts';

const DIST = resolve(ROOT_BUILD.dir);
const DESKTOP: View = { device: 'desktop', scheme: 'light' };

test.describe('the site opened from disk (file://)', () => {
  /** A reader of files: its addresses are file:// plus a path of this machine. */
  async function withReader(
    driver: { reader(origin: string): Reader & { close(): Promise<void> } },
    read: (reader: Reader) => Promise<void>,
  ) {
    const reader = driver.reader('file://');
    try {
      await read(reader);
      expect(await reader.problems(), 'console errors, CSP violations or requests to other hosts').toEqual([]);
    } finally {
      await reader.close();
    }
  }

  const pathOf = async (reader: Reader) => fileURLToPath((await reader.url()).replace(/#.*/, ''));

  test('dist/ko/index.html: its script runs, a card opens, every internal link leads to a page', async ({
    engineDriver,
  }) => {
    await withReader(engineDriver, async (reader) => {
      await reader.open(`${DIST}/ko/index.html#agi-clause`, DESKTOP);
      // The page script rewrites the links to folders once it has run.
      await expect
        .poll(() => reader.evaluate(() => document.querySelector<HTMLAnchorElement>('[data-lang-switch]')!.href))
        .toMatch(/\/en\/index\.html$/);
      const targets = await reader.evaluate(() =>
        [...document.links].filter((a) => a.protocol === 'file:').map((a) => a.href.replace(/#.*/, '')),
      );
      expect(targets.length).toBeGreaterThan(50);
      const notPages = [...new Set(targets)].filter((url) => {
        const path = fileURLToPath(url);
        return !existsSync(path) || !statSync(path).isFile();
      });
      expect(notPages, 'links that open no file').toEqual([]);

      await reader.click('#agi-clause .term');
      await expect
        .poll(() => reader.evaluate(() => document.querySelectorAll('.term-card:popover-open').length))
        .toBe(1);
    });
  });

  test('the language switch opens ../en/index.html, and show original the parallel view', async ({ engineDriver }) => {
    await withReader(engineDriver, async (reader) => {
      await reader.open(`${DIST}/ko/index.html`, DESKTOP);
      await reader.click('.site-header [data-lang-switch="en"]');
      await expect.poll(() => pathOf(reader)).toBe(`${DIST}/en/index.html`);
      await expect.poll(() => reader.evaluate(() => document.documentElement.lang)).toBe('en');

      await reader.open(`${DIST}/en/index.html#agi-clause`, DESKTOP);
      await reader.click('#agi-clause-p1 .show-other');
      await expect.poll(() => pathOf(reader)).toBe(`${DIST}/en/parallel/index.html`);
      expect(new URL(await reader.url()).hash).toBe('#agi-clause-p1');
      await expect
        .poll(() => reader.evaluate(() => document.querySelector('.pair:target')?.id ?? null))
        .toBe('agi-clause-p1');
    });
  });

  test('the home page, dist/index.html, leads to a language', async ({ engineDriver }) => {
    await withReader(engineDriver, async (reader) => {
      await reader.open(`${DIST}/index.html`, DESKTOP);
      await reader.click('a[data-lang-choice="en"]');
      await expect.poll(() => pathOf(reader)).toBe(`${DIST}/en/index.html`);
    });
  });
});
