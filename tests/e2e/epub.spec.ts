// Each document of the e-book (/downloads/openai-microsoft.ko-en.epub) as a reading system's browser
// engine shows it, served from the archive to Chromium: axe clean at phone width, with no console
// error, and the contents' entries targets large enough whatever font the reader sets. What the
// archive holds, read as files: tests/built/epub.test.ts.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';
import { serveEpub, xhtmlDocuments } from '../support/epub.ts';

test.describe('each document of the e-book in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveEpub>>;
  test.beforeAll(async () => void (server = await serveEpub()));
  test.afterAll(async () => server.close());

  test("the contents' entries are targets of 24 px whatever the reader's font, size and line height", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    // What reading systems set: another family, a smaller or larger size, tight lines.
    const styles = [
      'font-family: serif; font-size: 12px; line-height: 1',
      'font-family: monospace; font-size: 14px; line-height: 1.1',
      'font-family: sans-serif; font-size: 22px; line-height: 1',
      'font-family: "Noto Sans CJK KR", sans-serif; font-size: 10px; line-height: 1',
    ];
    for (const style of styles) {
      await page.goto(`${server.origin}/EPUB/nav.xhtml`);
      await page.addStyleTag({ content: `:root, body, nav, nav * { ${style} !important; }` });
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(
        results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
        style,
      ).toEqual([]);
    }
  });

  for (const path of Object.keys(xhtmlDocuments())) {
    test(`${path}: axe finds nothing, no console error, at phone width`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${server.origin}/${path}`);
      expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
      const results = await new AxeBuilder({ page }).withTags(WCAG_AND_BEST_PRACTICE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      expect(errors).toEqual([]);
    });
  }
});
