// The published data files (/data/*.json), made from the same collections as the pages.
// Their shapes are documented on the data page and in the README; change both together.
import { getGlossary, getSections, inFileOrder, paragraphSentences, plainParagraphs } from './article.ts';
import { paragraphAnchor, sentenceAnchor } from '../shared/rendered.ts';
import { locales, type Locale } from '../i18n/locales.ts';

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

/** Every published file, by its name under /data/. */
export const dataFiles = {
  'timeline.json': timelineData,
  'glossary.json': glossaryData,
  'figures.json': figuresData,
  ...Object.fromEntries(locales.map((l) => [`article.${l}.json`, () => articleData(l)])),
} as Record<string, () => Promise<unknown>>;
