// The published data files (/data/*.json), made from the same collections as the pages.
// Their shapes are documented on the data page and in the README; change both together.
import { getGlossary, getSections, inFileOrder, plainParagraphs } from './article.ts';
import { locales, type Locale } from '../i18n/locales.ts';

export const DATA_VERSION = 1;

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

/** One language's article as plain paragraphs per section; "show original" reads these. */
export async function articleData(locale: Locale) {
  return {
    version: DATA_VERSION,
    language: locale,
    sections: (await getSections(locale)).map((s) => ({
      id: s.data.section,
      heading: s.data.heading,
      paragraphs: plainParagraphs(s),
    })),
  };
}

/** Every published file, by its name under /data/. */
export const dataFiles = {
  'timeline.json': timelineData,
  'glossary.json': glossaryData,
  'figures.json': figuresData,
  ...Object.fromEntries(locales.map((l) => [`article.${l}.json`, () => articleData(l)])),
} as Record<string, () => Promise<unknown>>;
