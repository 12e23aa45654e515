// The aligned text as built: the TMX translation memory and the TSV corpus hold every sentence pair
// of /data/article.*.json, in order, with the pages' anchors; the CSV flashcards and the Anki file
// hold every term of /data/glossary.json. Each is read back by a reader of its format (xmllint
// against the TMX 1.4b DTD, an XML parser, csv-parse, Anki's importer's own rules): files only, no
// browser. How a server sends them and the data pages list them: tests/e2e/aligned-files.spec.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { test, expect } from 'vitest';
import { ROOT_BUILD } from '../support/site.ts';
import { validateTmx } from '../support/xmllint.ts';
import { ankiImport, escapeHtml } from '../support/anki.ts';

const built = (file: string) => readFileSync(join(ROOT_BUILD.dir, 'data', file), 'utf8');
const json = <T>(file: string) => JSON.parse(built(file)) as T;

type Article = { sections: { paragraphs: { sentences: { id: string; text: string }[] }[] }[] };
const sentences = (file: string) =>
  json<Article>(file).sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));

/** Every sentence pair of the article files: the anchor, the Korean sentence and the English one. */
function sentencePairs(): { id: string; ko: string; en: string }[] {
  const ko = sentences('article.ko.json');
  const en = sentences('article.en.json');
  expect(en.map((s) => s.id)).toEqual(ko.map((s) => s.id));
  return ko.map((s, i) => ({ id: s.id, ko: s.text, en: en[i]!.text }));
}

test('article.ko-en.tmx is valid TMX 1.4b with one unit per sentence pair, Korean to English', () => {
  const tmx = built('article.ko-en.tmx');
  expect(validateTmx(tmx)).toEqual({ status: 0, output: '' });
  const doc = new new JSDOM('').window.DOMParser().parseFromString(tmx, 'application/xml');
  const head = doc.querySelector('header')!;
  expect(Object.fromEntries([...head.attributes].map((a) => [a.name, a.value]))).toMatchObject({
    segtype: 'sentence',
    srclang: 'ko',
    adminlang: 'en',
    datatype: 'plaintext',
    creationtool: 'OpenAI and Microsoft, explained',
  });
  const units = [...doc.querySelectorAll('body > tu')].map((tu) => ({
    id: tu.getAttribute('tuid'),
    variants: [...tu.querySelectorAll('tuv')].map((tuv) => [
      tuv.getAttribute('xml:lang'),
      tuv.querySelector('seg')!.textContent,
      tuv.querySelector('seg')!.children.length,
    ]),
  }));
  const pairs = sentencePairs();
  expect(pairs.length).toBeGreaterThan(50);
  expect(units).toEqual(
    pairs.map(({ id, ko, en }) => ({
      id,
      variants: [
        ['ko', ko, 0],
        ['en', en, 0],
      ],
    })),
  );
});

test('article.ko-en.tsv has the header id, ko, en and one row per sentence pair', () => {
  const tsv = built('article.ko-en.tsv');
  expect(tsv.endsWith('\n')).toBe(true);
  const [header, ...rows] = tsv
    .slice(0, -1)
    .split('\n')
    .map((line) => line.split('\t'));
  expect(header).toEqual(['id', 'ko', 'en']);
  expect(rows).toEqual(sentencePairs().map(({ id, ko, en }) => [id, ko, en]));
});

test('glossary.csv has a header, then one row per term of glossary.json, in Korean and English', () => {
  const bytes = readFileSync(join(ROOT_BUILD.dir, 'data', 'glossary.csv'));
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const records: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
  type Term = { id: string; label: Record<string, string>; definition: Record<string, string> };
  const { terms } = json<{ terms: Term[] }>('glossary.json');
  expect(terms.length).toBeGreaterThan(20);
  expect(records).toEqual(
    terms.map((t) => ({
      '#term_ko': t.label.ko,
      term_en: t.label.en,
      definition_ko: t.definition.ko,
      definition_en: t.definition.en,
      id: t.id,
    })),
  );
});

type Words = {
  sentences: Record<string, { ko: [string, [string, string, string, string, string, number[]][]][]; en: string[][] }>;
};

test('the word alignment: one tokens line and one Pharaoh line per sentence pair, in order, matching words.ko-en.json', () => {
  const pairs = sentencePairs();
  const lines = (file: string) => built(file).split('\n').slice(0, -1);
  const tokens = lines('article.ko-en.tokens.txt');
  const links = lines('article.ko-en.align.txt');
  const words = json<Words>('words.ko-en.json').sentences;
  expect(tokens).toHaveLength(pairs.length);
  expect(links).toHaveLength(pairs.length);
  expect(Object.keys(words)).toEqual(pairs.map((p) => p.id));
  pairs.forEach(({ id, ko, en }, i) => {
    const [source, target] = tokens[i]!.split(' ||| ').map((side) => side.split(' '));
    const pieces = words[id]!.ko.flatMap(([, p]) => p);
    expect(source, id).toEqual(pieces.map(([text]) => text));
    expect(target, id).toEqual(words[id]!.en.map(([text]) => text));
    // Each token as written, in order: the Korean pieces and English words are in their sentences.
    let at = 0;
    for (const token of source!) expect((at = ko.indexOf(token, at)), `${id}: ${token}`).toBeGreaterThanOrEqual(0);
    at = 0;
    for (const token of target!) expect((at = en.indexOf(token, at)), `${id}: ${token}`).toBeGreaterThanOrEqual(0);
    const expected = pieces.flatMap((p, s) => p[5].map((t) => `${s}-${t}`));
    expect(links[i]!.split(' ').filter(Boolean).sort(), id).toEqual(expected.sort());
  });
  // Every Korean written word says something in English or is marked as saying nothing: most link.
  const linked = links.join(' ').split(' ').filter(Boolean).length;
  expect(linked).toBeGreaterThan(pairs.length * 8);
});

test('vocabulary.ko.anki.txt: Anki, with no option changed, makes one note per dictionary form, with its example pair', () => {
  const text = built('vocabulary.ko.anki.txt');
  for (const fields of [
    ['Front', 'Back'],
    ['앞면', '뒷면'],
  ]) {
    const result = ankiImport(text, fields);
    expect(result.delimiter, 'separator').toBe(',');
    expect(result.isHtml, 'HTML').toBe(true);
    expect(result.tagsColumn, 'tags column').toBe(3);
    expect(result.notes.length).toBeGreaterThan(300);
    const jabda = result.notes.find((n) => n.fields[0] === '잡다')!;
    // Its meanings in the article, and the first sentence pair that uses it.
    expect(jabda).toEqual({
      fields: [
        '잡다',
        'japda · verb<br>hold, take; take (자리 잡다 = establish oneself)<br><i>오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다.</i><br><i>Last May, OpenAI joined hands with Google Cloud.</i>',
      ],
      tags: ['verb'],
    });
    // No two notes for the same word in the same part of speech.
    const keys = result.notes.map((n) => `${n.fields[0]} ${n.tags.join(' ')}`);
    expect(new Set(keys).size).toBe(keys.length);
  }
});

test('glossary.anki.txt: Anki, with no option changed, makes one note per term, Korean front, English back, the id as tag', () => {
  const text = built('glossary.anki.txt');
  expect(text.charCodeAt(0), 'no byte order mark before Anki reads its settings').not.toBe(0xfeff);
  type Term = { id: string; label: Record<string, string>; definition: Record<string, string> };
  const { terms } = json<{ terms: Term[] }>('glossary.json');
  // A definition with a semicolon is what made Anki guess the wrong separator from the plain CSV.
  expect(terms.some((t) => Object.values(t.definition).some((d) => d.includes(';')))).toBe(true);
  // The note types Anki ships, in English and as a Korean Anki names their fields, and the
  // four-field one the README describes.
  const noteTypes = [
    ['Front', 'Back'],
    ['앞면', '뒷면'],
    ['Front', 'Back', 'Definition (ko)', 'Definition (en)'],
  ];
  for (const fields of noteTypes) {
    const result = ankiImport(text, fields);
    expect(result.delimiter, 'separator').toBe(',');
    expect(result.isHtml, 'plain text').toBe(false);
    expect(result.tagsColumn, 'tags column').toBe(5);
    expect(result.notes, `notes for ${fields.join(', ')}`).toEqual(
      terms.map((t) => ({
        fields: [t.label.ko!, t.label.en!, t.definition.ko!, t.definition.en!].slice(0, fields.length).map(escapeHtml),
        tags: [t.id],
      })),
    );
  }
});

test('the plain glossary.csv is what Anki would misread without its settings, hence the Anki file', () => {
  // Anki's guess on the plain CSV: not the comma, since a semicolon comes first in its list.
  expect(ankiImport(built('glossary.csv'), ['Front', 'Back']).delimiter).toBe(';');
});
