// The bench's synthetic content: a copy N times larger that the build's content checks accept,
// with every section, term, event and figure repeated under ids of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/node/checks/index.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { termIdsIn } from '../../src/node/paragraphs.ts';
import { scaleContent } from '../../scripts/bench/scale-content.ts';
import { koreanDictionary } from '../../src/node/words/dictionary.ts';
import { cleanup, projectRoot, realContent, tempDir } from '../support/content-copy.ts';
import { sourceOf } from '../support/source.ts';

afterAll(cleanup);

const original = new ContentFolder(projectRoot, realContent);
const dictionary = await koreanDictionary();
const originalChecks = checkContent(original, dictionary);
const list = (folder: ContentFolder, name: string) => folder.data(name).data as { id: string; section: string }[];

test('the content as it is passes the checks (the baseline the copies are held to)', () => {
  expect(originalChecks.errors).toEqual([]);
});

test('a copy twice as large passes the build’s content checks', () => {
  const dir = join(tempDir('scaled-'), 'content');
  const scaled = scaleContent(realContent, dir, 2);
  const copy = new ContentFolder(projectRoot, dir);

  const { errors, warnings } = checkContent(copy, dictionary);
  expect(errors).toEqual([]);
  // Each copy of an unused term is unused too; nothing else is new.
  expect(warnings.length).toBe(2 * originalChecks.warnings.length);

  for (const locale of ['ko', 'en']) {
    const sections = original.sections(locale);
    expect(copy.sections(locale)).toHaveLength(2 * sections.length);
    expect(copy.sections(locale).flatMap((s) => s.paragraphs)).toHaveLength(
      2 * sections.flatMap((s) => s.paragraphs).length,
    );
  }
  expect(scaled.sections).toBe(2 * original.sections('ko').length);
  expect(copy.dataFolder('glossary', '.yaml').size).toBe(2 * original.dataFolder('glossary', '.yaml').size);
  for (const name of ['timeline.yaml', 'figures.yaml'])
    expect(list(copy, name)).toHaveLength(2 * list(original, name).length);

  // Paragraphs twice over, one credit line.
  expect(sourceOf(copy).paragraphs).toHaveLength(2 * sourceOf(original).paragraphs.length);
  expect(sourceOf(copy).credit).toBe(sourceOf(original).credit);
});

test('the second copy points only at its own terms and sections', () => {
  const dir = join(tempDir('scaled-'), 'content');
  scaleContent(realContent, dir, 2);
  const copy = new ContentFolder(projectRoot, dir);
  const second = copy.sections('en').filter((s) => (s.frontmatter as { section: string }).section.endsWith('-copy-2'));
  expect(second).toHaveLength(original.sections('en').length);
  const terms = second.flatMap((s) => s.paragraphs.flatMap(termIdsIn));
  expect(terms.length).toBeGreaterThan(0);
  expect(terms.every((id) => id.endsWith('-copy-2'))).toBe(true);

  const events = list(copy, 'timeline.yaml').filter((e) => e.id.endsWith('-copy-2'));
  expect(events.every((e) => e.section.endsWith('-copy-2'))).toBe(true);
  const label = yaml.load(readFileSync(join(dir, 'glossary', 'agi-copy-2.yaml'), 'utf8')) as { label: { en: string } };
  expect(label.label.en).toBe('Artificial general intelligence (AGI) (2)');
});

test('a scale of 1 is the content as it is', () => {
  const dir = join(tempDir('scaled-'), 'content');
  scaleContent(realContent, dir, 1);
  const copy = new ContentFolder(projectRoot, dir);
  expect(checkContent(copy, dictionary)).toEqual(originalChecks);
  expect(copy.sections('ko').map((s) => s.paragraphs)).toEqual(original.sections('ko').map((s) => s.paragraphs));
});
