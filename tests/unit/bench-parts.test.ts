// The bench's own arithmetic and pages: the bare page holds the article's text and nothing more,
// and the growth figures tell a line from a curve.
import { expect, test } from 'vitest';
import { ContentFolder } from '../../src/node/content-files.ts';
import { articleText, barePage } from '../../scripts/bench/site.ts';
import { termIdsIn } from '../../src/node/paragraphs.ts';
import { growthFactor, growthMetrics, marginalGrowth, type GrowthRow } from '../../scripts/bench/growth.ts';
import { readOptions } from '../../scripts/bench/options.ts';
import { budgets, checkBudgets } from '../../scripts/bench/budgets.ts';
import type { FirstLoad } from '../../scripts/bench/first-load.ts';
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

test('the bare page with definitions adds, after the text, each term the article uses with its definition', () => {
  const words = articleText(content, 'en');
  const plain = barePage('en', words);
  const html = barePage('en', words, { definitions: true });
  expect(plain).not.toContain('<dl>');
  expect(html.startsWith(plain.trimEnd())).toBe(true);
  const terms = [...html.matchAll(/<dt>([^<]*)<dd>([^\n]*)/g)].map((m) => [unescape(m[1]!), unescape(m[2]!)]);
  // As many as the article's term cards: each glossary id the English sections use, once.
  const used = new Set(content.sections('en').flatMap((s) => s.paragraphs.flatMap(termIdsIn)));
  expect(terms).toHaveLength(used.size);
  expect(terms).toContainEqual(['Federal Trade Commission (FTC)', expect.stringMatching(/antitrust/)]);
  expect(terms.every(([label, definition]) => label && definition && definition.length < 300)).toBe(true);
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
  const page = (path: string, rawBytes: number) => ({ path, rawBytes });
  const scaled = [1, 4, 16].map(
    (n) =>
      ({
        scale: n,
        build: { cpuSeconds: 7 + 0.3 * n },
        pages: [
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

test('a page over its budget is a breach, and a figure not measured is not checked', () => {
  const limit = budgets.pages['/ko/'].maxHtmlGzipBytes;
  const load = (path: string, html: number): FirstLoad => ({
    path,
    requests: 1,
    gzipBytes: { html, css: 0, js: 0, fonts: 0, other: 0, total: html },
    fontBytes: 0,
    blockingScripts: [],
    crossOrigin: [],
    errors: [],
  });
  const checks = checkBudgets({
    build: null,
    pages: [load('/ko/', limit + 1), load('/en/', limit)],
    throttled: [],
    lighthouse: [],
    growth: [],
  });
  const check = (scope: string, budget: string) => checks.find((c) => c.scope === scope && c.budget === budget);
  expect(check('/ko/', 'maxHtmlGzipBytes')).toMatchObject({ value: limit + 1, ok: false });
  expect(check('/en/', 'maxHtmlGzipBytes')).toMatchObject({ value: limit, ok: true });
  expect(check('/ko/', 'minPerformance')).toMatchObject({ value: null, ok: null });
  expect(check('/ko/parallel/', 'maxHtmlGzipBytes')).toMatchObject({ value: null, ok: null });
});
