// The bench's own arithmetic and pages: the bare page holds the article's text and nothing more,
// and the growth figures tell a line from a curve.
import { expect, test } from 'vitest';
import { ContentFolder } from '../../src/node/content-files.ts';
import { articleText } from '../../scripts/bench/article-text.ts';
import { barePage } from '../../scripts/bench/bare-page.ts';
import { leanPage } from '../../scripts/bench/lean-page.ts';
import { growthFactor, marginalGrowth, type GrowthRow } from '../../scripts/bench/growth.ts';
import { readOptions } from '../../scripts/bench/options.ts';
import { growthMetrics } from '../../scripts/bench/budgets.ts';
import { projectRoot, realContent } from '../support/content-copy.ts';
import { sourceOf } from '../support/source.ts';

const content = new ContentFolder(projectRoot, realContent);
const paragraphsOf = (html: string): string[] =>
  html
    .split('\n')
    .filter((l) => l.startsWith('<p>'))
    .map((l) => l.slice(3));
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('the Korean bare page is the source text, one <p> per line', () => {
  const html = barePage('ko', articleText(content, 'ko'));
  const { paragraphs, credit } = sourceOf(content);
  const source = [...paragraphs, credit];
  expect(paragraphsOf(html).map(unescape)).toEqual(source);
  expect(paragraphsOf(html)).toHaveLength(15);
  expect(html).toContain('<html lang="ko">');
});

test('the English bare page is the translation without its term markup, and the credit', () => {
  const html = barePage('en', articleText(content, 'en'));
  const paragraphs = paragraphsOf(html).map(unescape);
  expect(paragraphs).toHaveLength(15);
  expect(paragraphs.join('')).not.toContain('<Term');
  expect(paragraphs[0]).toMatch(/^Last May, OpenAI joined hands with Google Cloud\./);
  expect(paragraphs.at(-1)).toBe('Content provided by Byline Network (byline.network)');
});

test('the bare page carries no script and a style of about 200 bytes', () => {
  const html = barePage('en', articleText(content, 'en'));
  expect(html).not.toContain('<script');
  const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
  expect(style.length).toBeGreaterThan(100);
  expect(style.length).toBeLessThanOrEqual(220);
});

// Shaped as the built article pages are: structured data, the theme boot first in <body>, the
// text with a term, the cards, the module script.
const ARTICLE_PAGE = [
  '<html lang="en"><head><style>.term-card{}</style>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head>',
  '<body id="top"><script>document.documentElement.dataset.theme="system"</script>',
  '<main><p>OpenAI and <label class="term">Microsoft<button popovertarget="term-microsoft"></button></label></p></main>',
  '<aside class="term-cards" aria-label="Definitions"><div class="term-card" id="term-microsoft" popover>A company.</div></aside>',
  '<script type="module" src="/_astro/main.js"></script></body></html>',
].join('\n');

test('the lean page is the article page less its cards and the scripts that run; the text and structured data stay', () => {
  const lean = leanPage(ARTICLE_PAGE);
  expect(lean).not.toContain('term-cards');
  expect(lean).not.toContain('A company.');
  expect(lean).not.toContain('dataset.theme');
  expect(lean).not.toContain('type="module"');
  expect(lean).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
  expect(lean).toContain('<p>OpenAI and <label class="term">Microsoft');
  expect(lean).toContain('<style>.term-card{}</style>');
});

test('the lean page refuses a page it would not change, rather than measure the page twice', () => {
  const withoutCards = ARTICLE_PAGE.replace(/<aside[\s\S]*<\/aside>/, '');
  expect(() => leanPage(withoutCards)).toThrow(/one block of term cards, and the page has 0/);
  const withoutScripts = ARTICLE_PAGE.replace(/<script(?! type="application)[^>]*>[^<]*<\/script>/g, '');
  expect(() => leanPage(withoutScripts)).toThrow(/page has none/);
  expect(readOptions(['--lean']).lean).toBe(true);
  expect(readOptions([]).lean).toBe(false);
});

/** Rows whose build CPU time is `cost(scale)`. */
const rows = (cost: (n: number) => number): GrowthRow[] =>
  [1, 4, 16].map(
    (scale) =>
      ({
        scale,
        build: { cpuSeconds: cost(scale) },
      }) as unknown as GrowthRow,
  );
const cpu = (g: GrowthRow): number | null => g.build.cpuSeconds;

test('a cost with a fixed part and a linear part grows slower than the content, at a constant rate', () => {
  const linear = rows((n) => 5 + 0.5 * n);
  expect(growthFactor(linear, cpu)).toBe(2.36); // 13 s over 5.5 s for 16 times the content
  expect(marginalGrowth(linear, cpu)).toBe(1);
});

test('a cost quadratic in the content shows as a rising rate', () => {
  const quadratic = rows((n) => 5 + 0.1 * n * n);
  expect(marginalGrowth(quadratic, cpu)).toBe(4);
});

test('the growth scales: 1, 4 and 16 unless told, none with --no-growth', () => {
  expect(readOptions([]).scales).toEqual([1, 4, 16]);
  expect(readOptions(['--scale', '2']).scales).toEqual([2]);
  expect(readOptions(['--scale', '16,1,4']).scales).toEqual([1, 4, 16]);
  expect(readOptions(['--no-growth']).scales).toEqual([]);
  expect(() => readOptions(['--scale', '0'])).toThrow(/positive integers/);
});

test('the growth budget sees the one page whose bytes grow faster than the content', () => {
  const page = (path: string, rawBytes: number) => ({ path, rawBytes, gzipBytes: 0 });
  const scaled = [1, 4, 16].map(
    (n) =>
      ({
        scale: n,
        build: { cpuSeconds: 7 + 0.3 * n },
        allPages: [
          page('/ko/', 10_000 + 2_000 * n),
          page('/ko/data/', 27_000),
          page('/ko/glossary/', 5_000 + 100 * n * n),
        ],
      }) as unknown as GrowthRow,
  );
  const metrics = growthMetrics(scaled);
  expect(metrics.marginalBuildCpu).toBe(1);
  // The glossary's: 500 B added per unit of content from ×1 to ×4, 2000 B from ×4 to ×16.
  expect(metrics.marginalPageBytes).toBe(4);
});
