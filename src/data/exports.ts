// The published data files (/data/*), made from the same collections as the pages: the JSON
// files, and the aligned text for translators' and learners' tools (TMX, TSV, CSV, Anki).
// Their shapes are documented on the data page and in the README; change both together.
import { getGlossary, getSections, inFileOrder, paragraphSentences, plainParagraphs } from './article.ts';
import { paragraphAnchor, sentenceAnchor } from '../shared/rendered.ts';
import { locales, sourceLocale, useTranslations, type Locale } from '../i18n/index.ts';
import { toTmx } from '../node/formats/tmx.ts';
import { toTsv } from '../node/formats/tsv.ts';
import { toCsv } from '../node/formats/csv.ts';
import { toPharaoh, toTokensFile } from '../node/formats/pharaoh.ts';
import { toAnkiText } from '../node/formats/anki.ts';
import { escapeXml } from '../node/formats/xml.ts';
import { alignedTokens, articleWords, vocabularyNotes, wordCardData } from './words.ts';

// 2: an article's paragraphs became objects with their anchors and sentences.
export const DATA_VERSION = 2;

export async function timelineData() {
  return {
    version: DATA_VERSION,
    events: (await inFileOrder('timeline')).map((e) => e.data),
  };
}

export async function glossaryData() {
  return {
    version: DATA_VERSION,
    terms: (await getGlossary('en')).map((e) => ({ id: e.id, ...e.data })),
  };
}

export async function figuresData() {
  return {
    version: DATA_VERSION,
    figures: (await inFileOrder('figures')).map((f) => f.data),
  };
}

/**
 * One language's article: per section, its paragraphs as plain text and as sentences, each with
 * the anchor it has on the pages; "show original" reads these.
 */
export async function articleData(locale: Locale) {
  return {
    version: DATA_VERSION,
    language: locale,
    sections: (await getSections(locale)).map((s) => {
      const sentences = paragraphSentences(s);
      return {
        id: s.data.section,
        heading: s.data.heading,
        paragraphs: plainParagraphs(s).map((text, i) => ({
          id: paragraphAnchor(s.data.section, i),
          text,
          sentences: sentences[i]!.map((sentence, j) => ({ id: sentenceAnchor(s.data.section, i, j), text: sentence })),
        })),
      };
    }),
  };
}

/** Every JSON file, by its name under /data/. */
export const dataFiles = {
  'timeline.json': timelineData,
  'glossary.json': glossaryData,
  'figures.json': figuresData,
  ...Object.fromEntries(locales.map((l) => [`article.${l}.json`, () => articleData(l)])),
} as Record<string, () => Promise<unknown>>;

const translations = locales.filter((l) => l !== sourceLocale);

/** Each sentence of the original with its anchor and its translation's sentence of the same anchor. */
export async function sentencePairs(translation: Locale): Promise<{ id: string; source: string; target: string }[]> {
  const sentences = async (locale: Locale) =>
    (await articleData(locale)).sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
  const targets = new Map((await sentences(translation)).map((s) => [s.id, s.text]));
  return (await sentences(sourceLocale)).map(({ id, text }) => {
    const target = targets.get(id);
    if (target === undefined) throw new Error(`sentence ${id} has no ${translation} counterpart`);
    return { id, source: text, target };
  });
}

/** The original and one translation as a TMX translation memory, one unit per sentence pair. */
export async function articleTmx(translation: Locale): Promise<string> {
  const pairs = await sentencePairs(translation);
  return toTmx(
    {
      creationTool: useTranslations('en')('site.name'),
      creationToolVersion: String(DATA_VERSION),
      // The segments were kept as the site's MDX sections, aligned sentence by sentence.
      originalFormat: 'MDX',
      adminLang: 'en',
      srcLang: sourceLocale,
    },
    pairs.map(({ id, source, target }) => ({
      id,
      variants: [
        { lang: sourceLocale, text: source },
        { lang: translation, text: target },
      ],
    })),
  );
}

/**
 * The same pairs as a parallel corpus: the columns `id`, the original's language and the
 * translation's. A tab or line break in a sentence cannot be written in TSV; the content checks
 * refuse one in a paragraph, and the writer refuses it too rather than make a broken row.
 */
export async function articleTsv(translation: Locale): Promise<string> {
  const pairs = await sentencePairs(translation);
  return toTsv(
    ['id', sourceLocale, translation],
    pairs.map(({ id, source, target }) => [id, source, target]),
  );
}

/**
 * The glossary as flashcards: per term its name and definition in each language, then its id.
 * The first column is the original's term, so that Anki's Basic note type maps the two names to
 * the front and the back as they come. The header's first name starts with `#`, which Anki reads
 * as a comment line, so the header makes no card; spreadsheets show it as the column's name.
 * A byte order mark leads the file: Excel reads UTF-8 without one as the system's legacy code
 * page (Korean comes out garbled), and Anki, LibreOffice and Google Sheets skip it.
 */
export async function glossaryCsv(): Promise<string> {
  const { terms } = await glossaryData();
  const ordered = [sourceLocale, ...translations];
  const header = [...ordered.map((l) => `term_${l}`), ...ordered.map((l) => `definition_${l}`), 'id'];
  header[0] = `#${header[0]}`;
  return `\uFEFF${toCsv(
    header,
    terms.map((term) => [...ordered.map((l) => term.label[l]), ...ordered.map((l) => term.definition[l]), term.id]),
  )}`;
}

/**
 * The glossary as flashcards for Anki: the same columns as glossary.csv, with the settings Anki
 * reads at the top of the file (comma-separated, plain text, the id as each note's tag), so that
 * its importer's defaults make one note per term, its Korean name on the front and its English
 * name on the back. No byte order mark: no spreadsheet is meant to open it.
 */
export async function glossaryAnki(): Promise<string> {
  const { terms } = await glossaryData();
  const ordered = [sourceLocale, ...translations];
  const columns = [...ordered.map((l) => `term_${l}`), ...ordered.map((l) => `definition_${l}`), 'tags'];
  return toAnkiText({
    columns,
    tagsColumn: columns.length,
    notes: terms.map((term) => [
      ...ordered.map((l) => term.label[l]),
      ...ordered.map((l) => term.definition[l]),
      term.id,
    ]),
  });
}

/**
 * The Korean vocabulary of the article for Anki, through the same writer as the glossary's
 * flashcards: one note per dictionary form and part of speech, the front the dictionary form, the
 * back (HTML) its romanization, part of speech, meanings here and the first sentence pair that
 * uses it; the part of speech also as a tag.
 */
export function vocabularyDeck(): string {
  const columns = ['word_ko', 'back_en', 'tags'];
  return toAnkiText({
    columns,
    html: true,
    tagsColumn: columns.length,
    notes: vocabularyNotes().map((note) => [
      escapeXml(note.base),
      [
        `${escapeXml(note.roman)} · ${escapeXml(note.pos)}`,
        escapeXml(note.meanings.join('; ')),
        `<i>${escapeXml(note.example.ko)}</i>`,
        `<i>${escapeXml(note.example.en)}</i>`,
      ].join('<br>'),
      note.pos.replace(/ /g, '_'),
    ]),
  });
}

/** What an aligned file is, for the data page's line on what it is for. */
export interface AlignedFile {
  kind: 'tmx' | 'tsv' | 'csv' | 'anki' | 'tokens' | 'pharaoh' | 'vocabulary' | 'words';
  /** The media type `astro dev` sends; a static host types the file by its extension. */
  type: string;
  /** The language the article's sentences are paired with, for the article's files. */
  translation?: Locale;
  body: () => string | Promise<string>;
}

/** The aligned text, by its name under /data/. */
export const alignedFiles: Record<string, AlignedFile> = {
  ...Object.fromEntries(
    translations.flatMap((l): [string, AlignedFile][] => [
      [
        `article.${sourceLocale}-${l}.tmx`,
        { kind: 'tmx', type: 'application/xml; charset=utf-8', translation: l, body: () => articleTmx(l) },
      ],
      [
        `article.${sourceLocale}-${l}.tsv`,
        { kind: 'tsv', type: 'text/tab-separated-values; charset=utf-8', translation: l, body: () => articleTsv(l) },
      ],
    ]),
  ),
  'glossary.csv': { kind: 'csv', type: 'text/csv; charset=utf-8', body: glossaryCsv },
  'glossary.anki.txt': { kind: 'anki', type: 'text/plain; charset=utf-8', body: glossaryAnki },
  'article.ko-en.tokens.txt': {
    kind: 'tokens',
    type: 'text/plain; charset=utf-8',
    translation: 'en',
    body: () => toTokensFile(articleWords().map(alignedTokens)),
  },
  'article.ko-en.align.txt': {
    kind: 'pharaoh',
    type: 'text/plain; charset=utf-8',
    translation: 'en',
    body: () => toPharaoh(articleWords().map(alignedTokens)),
  },
  'vocabulary.ko.anki.txt': { kind: 'vocabulary', type: 'text/plain; charset=utf-8', body: vocabularyDeck },
  // Fetched by the word cards at a reader's first tap: without spaces.
  'words.ko-en.json': {
    kind: 'words',
    type: 'application/json; charset=utf-8',
    translation: 'en',
    body: () => JSON.stringify(wordCardData()),
  },
};
