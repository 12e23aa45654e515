// The aligned files (the TMX memory, the TSV corpus, the CSV and Anki flashcards, the word
// alignment) as a reader gets them: sent whole by a static server, the TSV and CSV with their media
// types, and listed on the data pages with their sizes as built. What the files hold:
// tests/built/aligned-files.test.ts.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, LOCALES } from './fixtures.ts';
import { ROOT_BUILD } from '../support/site.ts';

const FILES = [
  'article.ko-en.tmx',
  'article.ko-en.tsv',
  'glossary.csv',
  'glossary.anki.txt',
  'article.ko-en.tokens.txt',
  'article.ko-en.align.txt',
  'vocabulary.ko.anki.txt',
  'words.ko-en.json',
];

test('a static server sends the aligned files whole, the TSV and CSV with their media types', async ({ request }) => {
  const types: Record<string, RegExp> = {
    'article.ko-en.tsv': /^text\/tab-separated-values\b/,
    'glossary.csv': /^text\/csv\b/,
  };
  for (const file of FILES) {
    const response = await request.get(`/data/${file}`);
    expect(response.status(), file).toBe(200);
    expect((await response.body()).equals(readFileSync(join(ROOT_BUILD.dir, 'data', file))), file).toBe(true);
    if (types[file]) expect(response.headers()['content-type'], file).toMatch(types[file]);
  }
});

for (const locale of LOCALES) {
  test(`/${locale}/data/ offers each aligned file with its size as built and what it is for`, async ({ page }) => {
    await page.goto(`/${locale}/data/`);
    const items = page.locator('.aligned-files li');
    await expect(items).toHaveCount(FILES.length);
    for (const [i, file] of FILES.entries()) {
      const item = items.nth(i);
      // Relative to the page, as every address of the site is: /<locale>/data/ → /data/.
      await expect(item.locator('a')).toHaveAttribute('href', `../../data/${file}`);
      await expect(item.locator('a')).toHaveAttribute('download', '');
      const kilobytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        statSync(join(ROOT_BUILD.dir, 'data', file)).size / 1000,
      );
      await expect(item.locator('.file-size')).toHaveText(new RegExp(`^\\(${kilobytes.replace('.', '\\.')} ?KB\\)$`));
      expect((await item.locator('p').innerText()).length).toBeGreaterThan(40);
    }
  });
}
