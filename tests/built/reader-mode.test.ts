// Reader mode keeps every word: Mozilla Readability (what Firefox Reader View runs, and what many
// read-later services use) on the built article pages. Every paragraph of the article and the
// credit line must come through whole, in each language, and no definition card's text may be
// mixed into the article. The built HTML is read in JSDOM as a reader view reads it: no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import yaml from 'js-yaml';
import { test, expect } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { stripMarkup } from '../../src/node/paragraphs.ts';
import { ROOT_BUILD, siteOrigin } from '../support/site.ts';
import { SOURCE_CREDIT, SOURCE_PARAGRAPHS } from '../support/source.ts';

const content = new ContentFolder(process.cwd(), join(process.cwd(), 'content'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The reader-mode text of a built page, as Readability extracts it. */
function readerText(path: string): string {
  const html = readFileSync(join(ROOT_BUILD.dir, path, 'index.html'), 'utf8');
  const dom = new JSDOM(html, { url: `${siteOrigin()}/${path}/` });
  const article = new Readability(dom.window.document).parse();
  expect(article, `Readability finds an article on /${path}/`).not.toBeNull();
  return squash(article!.textContent ?? '');
}

const meta = yaml.load(readFileSync('content/article/meta.yaml', 'utf8')) as Record<string, { credit: string }>;
const glossary = [...content.dataFolder('glossary', '.yaml').values()].map(
  (f) => f.data as { definition: Record<string, string> },
);

for (const locale of locales) {
  test(`/${locale}/ in reader mode keeps every paragraph, the credit line and no definition`, () => {
    const text = readerText(locale);
    const paragraphs = content.sections(locale).flatMap((s) => s.paragraphs.map((p) => squash(stripMarkup(p))));
    expect(paragraphs.length).toBeGreaterThan(10);
    const lost = paragraphs.filter((p) => !text.includes(p));
    expect(lost, 'paragraphs missing or changed in reader mode').toEqual([]);
    expect(text, 'the credit line').toContain(squash(meta[locale]!.credit));
    const definitions = glossary.map((g) => squash(g.definition[locale]!));
    expect(
      definitions.filter((d) => text.includes(d)),
      'definitions mixed into the article',
    ).toEqual([]);
  });
}

test('the Korean reader text has the source paragraphs verbatim, and the source credit line', () => {
  const text = readerText('ko');
  const lines = [...SOURCE_PARAGRAPHS, SOURCE_CREDIT].map(squash);
  expect(lines.filter((line) => !text.includes(line))).toEqual([]);
});
