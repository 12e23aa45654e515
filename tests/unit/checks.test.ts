// The content checks the build runs: the real content passes, and every fixture's single fault
// is reported against the faulty file with a message an editor can act on.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, errorChecks } from '../../src/node/checks/index.ts';
import { wordChecks } from '../../src/node/checks/words.ts';
import { koreanDictionary } from '../../src/node/words/dictionary.ts';
import { formatProblem } from '../../src/node/checks/problem.ts';
import { loadContent } from '../../src/node/checks/content.ts';
import { checkSectionsFound } from '../../src/node/checks/sections.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import {
  cleanup,
  contentWithFault,
  copyContent,
  fixtureNames,
  fixturesDir,
  messagePath,
  projectRoot,
  readFixture,
  realContent,
} from '../support/content-copy.ts';

afterAll(cleanup);

const dictionary = await koreanDictionary();
const check = (dir: string) => checkContent(new ContentFolder(projectRoot, dir), dictionary);

test('the real content passes with zero errors', () => {
  const { errors } = check(realContent);
  expect(errors.map(formatProblem)).toEqual([]);
});

test('every required fault has a fixture', () => {
  expect(fixtureNames()).toEqual(
    expect.arrayContaining([
      'missing-translation',
      'extra-translation',
      'misaligned-paragraphs',
      'order-mismatch',
      'section-id-mismatch',
      'changed-source',
      'number-mismatch',
      'unknown-term',
      'missing-glossary-language',
      'missing-interface-key',
      'malformed-frontmatter',
      'invalid-frontmatter',
      'timeline-unknown-section',
      'figure-unknown-section',
      'changed-credit',
      'missing-translation-notice',
      'stray-markup',
      'extra-figure',
      'magnitude-mismatch',
      'mdx-expression',
      'markdown-emphasis',
      'term-form-mismatch',
      'yaml-unclosed-quote',
      'missing-translation-notice',
      'stray-markup',
      'dropped-sentence',
      'merged-sentence',
      'added-sentence',
      'wrong-manual-break',
      'unneeded-sentence-marker',
      'tab-in-paragraph',
      'words-misspelled-piece',
      'words-link-out-of-range',
      'words-unlinked-piece',
      'words-unknown-dictionary-form',
      'words-stale-entry',
      'words-missing-file',
    ]),
  );
});

describe.each(fixtureNames())('fixture %s', (name) => {
  const fixture = readFixture(name);

  test('really changes the content (not a stale copy of it)', () => {
    for (const file of fixture.files) {
      const original = join(realContent, file);
      if (existsSync(original)) {
        expect(readFileSync(join(fixturesDir, name, file), 'utf8'), file).not.toBe(readFileSync(original, 'utf8'));
      }
    }
  });

  test(`is reported against ${fixture.faultyFile}: "${fixture.expect}"`, () => {
    const dir = contentWithFault(name);
    const file = messagePath(dir, fixture.faultyFile);
    const { errors } = check(dir);
    const messages = errors.map(formatProblem);
    expect(errors.length, 'the fault is reported').toBeGreaterThan(0);
    expect(errors.filter((e) => e.file === file).map(formatProblem)).toEqual(
      expect.arrayContaining([expect.stringContaining(fixture.expect)]),
    );
    // One fault, one file: nothing else in the copy is blamed.
    expect(messages.filter((m) => !m.startsWith(`${file}: `))).toEqual([]);
  });
});

test('every check that fails the build has a fixture whose fault it reports', () => {
  const reported = new Set<string>();
  for (const name of fixtureNames()) {
    const { expect: message } = readFixture(name);
    const content = loadContent(new ContentFolder(projectRoot, contentWithFault(name)));
    for (const check of [...errorChecks, ...wordChecks]) {
      if (check(content, dictionary).some((p) => formatProblem(p).includes(message))) reported.add(check.name);
    }
  }
  // A fixture changes one file; a language with no sections at all is a whole folder (tested below).
  const exempt = [checkSectionsFound.name];
  expect(
    [...errorChecks, ...wordChecks].map((c) => c.name).filter((name) => !reported.has(name) && !exempt.includes(name)),
  ).toEqual([]);
});

test('a language with no sections is named by its folder', () => {
  const dir = copyContent();
  rmSync(join(dir, 'article/en'), { recursive: true });
  expect(check(dir).errors.map(formatProblem)).toContain(
    `${messagePath(dir, 'article/en')}: no English sections (.mdx files) found`,
  );
});

test('a glossary entry no section uses is a warning naming its file, not an error', () => {
  const dir = copyContent();
  writeFileSync(
    join(dir, 'glossary/quantum-computing.yaml'),
    [
      'label:',
      '  ko: "양자 컴퓨팅"',
      '  en: "Quantum computing"',
      'forms:',
      '  ko: ["양자 컴퓨팅"]',
      '  en: ["quantum computing"]',
      'definition:',
      '  ko: "양자역학의 원리로 계산하는 컴퓨터 기술."',
      '  en: "Computing that uses the principles of quantum mechanics."',
      '',
    ].join('\n'),
  );
  const { errors, warnings } = check(dir);
  expect(errors.map(formatProblem)).toEqual([]);
  expect(warnings.map(formatProblem)).toContain(
    `${messagePath(dir, 'glossary/quantum-computing.yaml')}: glossary term "quantum-computing" is not used by any section`,
  );
});

test('a data file that is not YAML is named, not a crash', () => {
  const dir = copyContent();
  writeFileSync(join(dir, 'timeline.yaml'), 'id: [not closed\n');
  const { errors } = check(dir);
  expect(errors.map(formatProblem)).toEqual([expect.stringMatching(/timeline\.yaml: cannot be parsed: /)]);
});

// zod 4 keeps no input on its issues: a wrong type must still not be reported as missing.
test('a frontmatter value of the wrong type is reported as wrong, not as missing', () => {
  const dir = contentWithFault('invalid-frontmatter');
  const file = messagePath(dir, 'article/en/03-bromance.mdx');
  const frontmatterErrors = check(dir).errors.filter((e) => e.file === file && e.message.startsWith('frontmatter'));
  expect(frontmatterErrors.map((e) => e.message)).toEqual([
    'frontmatter: order: Invalid input: expected number, received string',
  ]);
});

test('a paragraph with a sentence too few lists both languages sentence by sentence', () => {
  const dir = contentWithFault('dropped-sentence');
  const [problem, ...more] = check(dir).errors;
  expect(more).toEqual([]);
  expect(problem!.file).toBe(messagePath(dir, 'article/en/09-agi-clause.mdx'));
  const [head, ...lines] = problem!.message.split('\n');
  expect(head).toContain(
    `paragraph 1 has 6 sentence(s), but paragraph 1 of ${messagePath(dir, 'article/ko/09-agi-clause.mdx')} has 7`,
  );
  expect(lines).toHaveLength(14);
  // Where the two stop matching is where the sentence went missing.
  expect(lines.slice(2, 4).map((l) => l.trim())).toEqual([
    'ko 2: 자연스레 MS의 통제력도 약해지게 되겠죠.',
    'en 2: Microsoft’s CEO has taken a skeptical stance on achieving AGI.',
  ]);
  expect(lines.at(-1)!.trim()).toBe('en 7: —');
});

test('sentence markers that agree in both languages pass, and the Korean still equals the source', () => {
  const dir = copyContent();
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  edit('article/ko/06-observer-withdrawal.mdx', '판단이 작용한', '판단이{/* break */} 작용한');
  edit('article/en/06-observer-withdrawal.mdx', 'could instead deepen', 'could{/* break */} instead deepen');
  edit('article/en/11-antitrust.mdx', 'The U.S. FTC', 'The U.S.{/* break */} FTC');
  edit('article/ko/11-antitrust.mdx', '조사를 진행 중입니다', '조사를{/* break */} 진행 중입니다');
  // The sections pass; the word data, written for the sentences as they were, is now stale.
  const { errors } = check(dir);
  expect(errors.filter((e) => !e.file.includes('/words/')).map(formatProblem)).toEqual([]);
  expect(errors.map(formatProblem)).toEqual(
    expect.arrayContaining([
      expect.stringContaining(
        `${messagePath(dir, 'words/06-observer-withdrawal.yaml')}: observer-withdrawal-p1-s2 is stale`,
      ),
      expect.stringContaining(`${messagePath(dir, 'words/11-antitrust.yaml')}: has no entry for antitrust-p1-s7`),
    ]),
  );
  edit('article/ko/11-antitrust.mdx', '조사를{/* break */} 진행 중입니다', '조사를 진행 중입니다');
  expect(check(dir).errors.map(formatProblem)).toEqual([
    expect.stringContaining(`${messagePath(dir, 'article/en/11-antitrust.mdx')}: paragraph 1 has 7 sentence(s)`),
  ]);
});
