// The e-book's documents in every engine the suite runs (Chromium, Firefox ESR, WebKit), the
// engines inside most reading systems (Apple Books and Kobo are WebKit, Thorium and Google Play
// Books Chromium): each parsed as XHTML and shown at phone width without a console error, with a
// screenshot in reports/engines/<engine>/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { consoleErrorsAtLoad } from './reader-webkit.ts';
import type { View } from './reader.ts';
import { epubEntries, serveEpub } from '../support/epub.ts';

const PHONE: View = { device: 'phone', scheme: 'light' };
const DOCUMENTS = Object.keys(epubEntries()).filter((path) => path.endsWith('.xhtml'));

test('each document of the e-book opens as XHTML at phone width without a console error', async ({ engineDriver }) => {
  test.setTimeout(180_000);
  const server = await serveEpub();
  const reader = engineDriver.reader(server.origin);
  const shots = `reports/engines/${reader.engine}`;
  mkdirSync(shots, { recursive: true });
  try {
    for (const path of DOCUMENTS) {
      await reader.open(`/${path}`, PHONE);
      expect(await reader.evaluate(() => document.contentType), path).toBe('application/xhtml+xml');
      // Something to read: its text, or (the cover) its image, loaded.
      const shown = await reader.evaluate(
        () =>
          (document.body.innerText.trim().length > 0 || document.images.length > 0) &&
          [...document.images].every((i) => i.complete && i.naturalWidth > 0),
      );
      expect(shown, path).toBe(true);
      await reader.screenshot(`${shots}/epub-${path.replace(/^EPUB\/|\.xhtml$/g, '')}.png`);
      expect(await reader.problems(), path).toEqual([]);
    }
    if (reader.engine === 'webkit') {
      // What WebKit logs during load, which WebDriver cannot listen to.
      const logged = await consoleErrorsAtLoad(DOCUMENTS.map((p) => `${server.origin}/${p}`));
      expect(
        Object.fromEntries([...logged].filter(([, lines]) => lines.length > 0)),
        'console errors while loading',
      ).toEqual({});
    }
  } finally {
    await reader.close();
    await server.close();
  }
});
