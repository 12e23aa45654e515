// The content checks the build runs: the real content passes, and every fixture's single fault
// is reported against the faulty file with a message an editor can act on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/checks.ts';
import { ContentFolder } from '../../src/lib/content-files.ts';
import {
  cleanup, contentWithFault, copyContent, fixtureNames, fixturesDir, messagePath, projectRoot, readFixture, realContent,
} from '../support/content-copy.ts';

afterAll(cleanup);

const check = (dir: string) => checkContent(new ContentFolder(projectRoot, dir));

test('the real content passes with zero errors', () => {
  const { errors } = check(realContent);
  expect(errors.map(formatProblem)).toEqual([]);
});

test('every required fault has a fixture', () => {
  expect(fixtureNames()).toEqual(expect.arrayContaining([
    'missing-translation', 'extra-translation', 'misaligned-paragraphs', 'order-mismatch',
    'section-id-mismatch', 'changed-source', 'number-mismatch', 'unknown-term',
    'missing-glossary-language', 'missing-interface-key', 'malformed-frontmatter',
    'invalid-frontmatter', 'timeline-unknown-section', 'figure-unknown-section', 'changed-credit',
    'missing-translation-notice', 'stray-markup', 'extra-figure', 'magnitude-mismatch', 'mdx-expression',
    'markdown-emphasis', 'term-form-mismatch', 'yaml-unclosed-quote',
  ]));
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

test('a glossary entry no section uses is a warning naming its file, not an error', () => {
  const dir = copyContent();
  writeFileSync(join(dir, 'glossary/quantum-computing.yaml'), [
    'label:', '  ko: "양자 컴퓨팅"', '  en: "Quantum computing"',
    'forms:', '  ko: ["양자 컴퓨팅"]', '  en: ["quantum computing"]',
    'definition:', '  ko: "양자역학의 원리로 계산하는 컴퓨터 기술."', '  en: "Computing that uses the principles of quantum mechanics."',
    '',
  ].join('\n'));
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
  expect(frontmatterErrors.map((e) => e.message)).toEqual(['frontmatter: order: Invalid input: expected number, received string']);
});
