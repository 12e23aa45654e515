// The small pure helpers the pages use: rendered paragraphs and anchors, reading time, event dates,
// schema messages, and how the content folder is read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  PAIRED_SENTENCES,
  paragraphAnchor,
  parseParagraphAnchor,
  renderedParagraphs,
  sentenceAnchor,
  wrapSentences,
} from '../../src/shared/rendered.ts';
import { splitSentences } from '../../src/node/sentences.ts';
import { readingMinutes } from '../../src/node/reading-time.ts';
import { formatEventDate } from '../../src/node/dates.ts';
import { otherName } from '../../src/node/term-names.ts';
import { describeIssues, figureSchema, glossarySchema, sectionSchema, timelineSchema } from '../../src/node/schemas.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { formatProblem } from '../../src/node/checks/problem.ts';
import { cleanup, projectRoot, realContent, tempDir } from '../support/content-copy.ts';

afterAll(cleanup);

describe('renderedParagraphs', () => {
  test('the top-level <p> elements, with their attributes and inline markup', () => {
    const html =
      '<h2>Head</h2>\n<p>One <abbr title="x">AGI</abbr>.</p>\n<p class="x">Two\nlines.</p><pre>code</pre><param name="p">';
    expect(renderedParagraphs(html)).toEqual([
      '<p>One <abbr title="x">AGI</abbr>.</p>',
      '<p class="x">Two\nlines.</p>',
    ]);
  });

  test('no paragraphs is an empty list', () => {
    expect(renderedParagraphs('<h2>Only a heading</h2>')).toEqual([]);
  });
});

describe('parseParagraphAnchor', () => {
  test('reads back what paragraphAnchor writes, for section ids with hyphens and digits', () => {
    for (const [section, index] of [
      ['agi-clause', 0],
      ['competitor-10k', 0],
      ['for-profit-conversion', 1],
    ] as const) {
      expect(parseParagraphAnchor(paragraphAnchor(section, index))).toEqual({ section, index });
    }
  });

  test('a section anchor is not a paragraph anchor', () => {
    expect(parseParagraphAnchor('agi-clause')).toBeUndefined();
  });
});

describe('paragraphAnchor', () => {
  test('is the section id and the 1-based paragraph number, the same in every language', () => {
    expect(paragraphAnchor('agi-clause', 0)).toBe('agi-clause-p1');
    expect(paragraphAnchor('for-profit-conversion', 1)).toBe('for-profit-conversion-p2');
  });
});

describe('readingMinutes', () => {
  test('Korean counts characters without spaces, 500 a minute', () => {
    expect(readingMinutes('가'.repeat(1000), 'ko')).toBe(2);
    expect(readingMinutes('가 '.repeat(1000), 'ko')).toBe(2);
    expect(readingMinutes('가'.repeat(1300), 'ko')).toBe(3);
  });

  test('English counts words, 230 a minute', () => {
    expect(readingMinutes('word '.repeat(460), 'en')).toBe(2);
    expect(readingMinutes('word '.repeat(800), 'en')).toBe(3);
  });

  test('is never less than one minute', () => {
    expect(readingMinutes('', 'en')).toBe(1);
    expect(readingMinutes('짧다', 'ko')).toBe(1);
  });
});

describe('formatEventDate', () => {
  test('a year alone', () => {
    expect(formatEventDate('2019', 'ko')).toBe('2019년');
    expect(formatEventDate('2019', 'en')).toBe('2019');
  });

  test('a year and month, in each language', () => {
    expect(formatEventDate('2024-07', 'ko')).toBe('2024년 7월');
    expect(formatEventDate('2024-07', 'en')).toBe('July 2024');
  });

  test('January and December do not slip into another year', () => {
    expect(formatEventDate('2025-01', 'en')).toBe('January 2025');
    expect(formatEventDate('2024-12', 'ko')).toBe('2024년 12월');
  });
});

describe('describeIssues', () => {
  const glossary = {
    label: { ko: '브로맨스', en: 'Bromance' },
    forms: { ko: ['브로맨스'], en: ['bromance'] },
    definition: { ko: '아주 가까운 우정.', en: 'A very close friendship.' },
  };
  const issues = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
    const result = schema.safeParse(value);
    expect(result.success, 'the value is invalid').toBe(false);
    return describeIssues(result.error as Parameters<typeof describeIssues>[0]);
  };

  test('a valid glossary entry passes', () => {
    expect(glossarySchema.safeParse(glossary).success).toBe(true);
  });

  test('other names (aka) are optional, per language, and never empty strings', () => {
    expect(glossarySchema.safeParse({ ...glossary, aka: { en: ['bro-mance'] } }).success).toBe(true);
    expect(issues(glossarySchema, { ...glossary, aka: { ko: [''] } })).toEqual([
      expect.stringMatching(/^aka\.ko\.0: /),
    ]);
  });

  test('a missing translation is named by its path', () => {
    expect(issues(glossarySchema, { ...glossary, definition: { ko: glossary.definition.ko } })).toEqual([
      'definition.en is missing',
    ]);
  });

  test('an empty string is not a translation', () => {
    expect(issues(glossarySchema, { ...glossary, label: { ko: '브로맨스', en: '  ' } })).toEqual([
      expect.stringMatching(/^label\.en: /),
    ]);
  });

  test('an empty list of forms is reported', () => {
    expect(issues(glossarySchema, { ...glossary, forms: { ko: ['브로맨스'], en: [] } })).toEqual([
      expect.stringMatching(/^forms\.en: /),
    ]);
  });

  test('a definition over 300 characters is reported', () => {
    expect(issues(glossarySchema, { ...glossary, definition: { ko: '가', en: 'x'.repeat(301) } })).toEqual([
      expect.stringMatching(/^definition\.en: .*300/),
    ]);
  });

  test('a whole missing file is "the file is missing"', () => {
    expect(issues(sectionSchema, undefined)).toEqual(['the file is missing']);
  });

  test('a section id must be lower-case words joined by hyphens', () => {
    expect(issues(sectionSchema, { section: 'Google Cloud', order: 1, heading: 'x' })).toEqual([
      'section: must be lower-case words joined by hyphens',
    ]);
  });

  test('a timeline date must be YYYY or YYYY-MM', () => {
    expect(issues(timelineSchema, { id: 'a', date: '2024-13', section: 'b', label: { ko: '가', en: 'a' } })).toEqual([
      'date: must be YYYY or YYYY-MM',
    ]);
  });

  test('a figure without a value in one language names it', () => {
    expect(
      issues(figureSchema, { id: 'a', section: 'b', value: { ko: '10억 달러' }, label: { ko: '가', en: 'a' } }),
    ).toEqual(['value.en is missing']);
  });

  test('a value of the wrong type is not called missing', () => {
    expect(issues(sectionSchema, { section: 'bromance', order: 'three', heading: 'x' })).toEqual([
      'order: Invalid input: expected number, received string',
    ]);
  });
});

describe('ContentFolder', () => {
  const dir = tempDir('folder-');
  mkdirSync(join(dir, 'article/en'), { recursive: true });
  writeFileSync(join(dir, 'article/en/01-a.mdx'), 'No frontmatter here.\n\nSecond.');
  writeFileSync(
    join(dir, 'article/en/02-b.mdx'),
    '---\r\nsection: b\r\norder: 2\r\nheading: "B"\r\n---\r\n\r\nOne.\r\n\r\nTwo.\r\n',
  );
  writeFileSync(join(dir, 'article/en/notes.txt'), 'not a section');
  const folder = new ContentFolder(projectRoot, dir);

  test('reads sections in file-name order, only .mdx, with frontmatter and paragraphs', () => {
    const [a, b, ...rest] = folder.sections('en');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      name: '01-a.mdx',
      frontmatterError: 'no frontmatter block (--- … ---) at the top',
      paragraphs: ['No frontmatter here.', 'Second.'],
    });
    expect(b).toMatchObject({
      name: '02-b.mdx',
      frontmatter: { section: 'b', order: 2, heading: 'B' },
      paragraphs: ['One.', 'Two.'],
    });
    expect(b!.frontmatterError).toBeUndefined();
  });

  test('reads frontmatter as Astro does, and names the line of a YAML mistake in the file', () => {
    const other = tempDir('folder-');
    mkdirSync(join(other, 'article/en'), { recursive: true });
    // A blank line before the block is frontmatter to Astro too; the mistake is on line 5 of the file.
    writeFileSync(join(other, 'article/en/01-a.mdx'), '\n---\nsection: a\norder: 1\nheading: "A\n---\n\nOne.\n');
    writeFileSync(join(other, 'article/en/02-b.mdx'), '---\nsection: b\norder: 2\nheading: B\n---\nOne.\n\nTwo.\n');
    const [a, b] = new ContentFolder(projectRoot, other).sections('en');
    expect(a!.frontmatterError).toMatch(/^frontmatter is not valid YAML: line 5: a quotation mark/);
    expect(a!.paragraphs).toEqual(['One.']);
    expect(b).toMatchObject({ frontmatter: { section: 'b', order: 2, heading: 'B' }, paragraphs: ['One.', 'Two.'] });
  });

  test('names files relative to the project root', () => {
    const [a] = folder.sections('en');
    expect(a!.path).toMatch(/^(\.\.\/)+.*\/article\/en\/01-a\.mdx$/);
    expect(new ContentFolder(projectRoot, realContent).sections('ko')[0]!.path).toBe(
      'content/article/ko/01-google-cloud-deal.mdx',
    );
  });

  test('a locale with no folder has no sections', () => {
    expect(folder.sections('ko')).toEqual([]);
  });

  test('a missing data file is named', () => {
    const file = folder.data('timeline.yaml');
    expect(formatProblem({ file: file.path, message: file.error! })).toMatch(/\/timeline\.yaml: file is missing$/);
  });
});

describe('wrapSentences', () => {
  test('wraps each sentence, term elements and entities included, leaving the spaces between them outside', () => {
    const html =
      '<p><button class="term">MS</button> said &quot;no.&quot; The <button class="term">U.S.</button> FTC &amp; DOJ agree.</p>';
    expect(wrapSentences(html, ['MS said "no."', 'The U.S. FTC & DOJ agree.'], ['a-p1-s1', 'a-p1-s2'])).toBe(
      '<p><span id="a-p1-s1"><button class="term">MS</button> said &quot;no.&quot;</span> <span id="a-p1-s2">The <button class="term">U.S.</button> FTC &amp; DOJ agree.</span></p>',
    );
  });

  test('without anchors, plain spans', () => {
    expect(wrapSentences('<p>One. Two.</p>', ['One.', 'Two.'])).toBe('<p><span>One.</span> <span>Two.</span></p>');
  });

  test('refuses text that is not the sentences it was given', () => {
    expect(() => wrapSentences('<p>One. Two.</p>', ['One.', 'Three.'])).toThrow(/sentence 2 does not match/);
    expect(() => wrapSentences('<p>One. Two.</p>', ['One.'])).toThrow(/sentence 2 does not match/);
    expect(() => wrapSentences('<p>One. Two.</p>', ['One.', 'Two.', 'Three.'])).toThrow(/2 of 3 sentences/);
  });

  test('refuses a sentence that would end or begin inside an element', () => {
    expect(() => wrapSentences('<p><b>One. Two.</b></p>', ['One.', 'Two.'])).toThrow(
      /sentence 1 ends inside an element/,
    );
    expect(() => wrapSentences('<p>One <b>x. Two.</b></p>', ['One x.', 'Two.'])).toThrow(
      /sentence 1 ends inside an element/,
    );
  });

  test(`refuses more sentences than the stylesheet pairs (${PAIRED_SENTENCES})`, () => {
    const many = Array.from({ length: PAIRED_SENTENCES + 1 }, (_, i) => `S${i}.`);
    expect(() => wrapSentences(`<p>${many.join(' ')}</p>`, many)).toThrow(/pairs only/);
    const enough = many.slice(1);
    expect(wrapSentences(`<p>${enough.join(' ')}</p>`, enough)).toContain(`<span>S${PAIRED_SENTENCES}.</span>`);
  });

  test('the stylesheet pairs every position up to that number, and the content stays within it', () => {
    const css = readFileSync(join(projectRoot, 'src/styles/pairs.css'), 'utf8');
    for (let n = 1; n <= PAIRED_SENTENCES; n++) {
      expect(css, `position ${n}`).toContain(
        `:has(p>:nth-child(${n}):is(:hover,:focus-within,:target)) p>:nth-child(${n})`,
      );
    }
    const folder = new ContentFolder(projectRoot, realContent);
    const longest = Math.max(
      ...['ko', 'en'].flatMap((l) =>
        folder.sections(l).flatMap((s) => s.paragraphs.map((p) => splitSentences(p, l).length)),
      ),
    );
    expect(longest).toBeGreaterThan(1);
    expect(longest).toBeLessThanOrEqual(PAIRED_SENTENCES);
  });
});

describe('sentenceAnchor', () => {
  test('is the paragraph anchor and the 1-based sentence number', () => {
    expect(sentenceAnchor('agi-clause', 0, 2)).toBe('agi-clause-p1-s3');
    expect(parseParagraphAnchor(sentenceAnchor('agi-clause', 0, 2))).toBeUndefined();
  });
});

describe('otherName', () => {
  test("nothing when the card's own label already names the term in the other language", () => {
    expect(otherName('샘 올트먼(Sam Altman)', 'Sam Altman')).toBeNull();
    expect(otherName('MS 365 코파일럿(Microsoft 365 Copilot)', 'Microsoft 365 Copilot')).toBeNull();
  });

  test('the other label less the own label it repeats in brackets', () => {
    expect(otherName('Sam Altman', '샘 올트먼(Sam Altman)')).toBe('샘 올트먼');
    expect(otherName('Azure', '애저(Azure)')).toBe('애저');
  });

  test('the other label whole when it repeats nothing', () => {
    expect(otherName('Bromance', '브로맨스')).toBe('브로맨스');
    expect(otherName('Artificial general intelligence (AGI)', '인공일반지능(AGI)')).toBe('인공일반지능(AGI)');
  });
});
