// The e-book edition (/downloads/<file>): the article's content from the collections, made into
// an EPUB once per build, so that the download and the pages that give its size agree.
import { getGlossary, getMeta, getSections, getSource, inFileOrder, paragraphSentences } from './article.ts';
import { counterpartLocale, locales, sourceLocale, useTranslations, type Locale } from '../i18n/index.ts';
import { splitParagraphs } from '../node/paragraphs.ts';
import { formatEventDate } from '../node/dates.ts';
import { buildEpub, type Book, type BookStrings } from '../node/epub/index.ts';
import { sectionVocabulary } from './words.ts';

export { EPUB_FILE } from '../node/epub/index.ts';

function bookStrings(locale: Locale, published: string, publisher: string): BookStrings {
  const t = useTranslations(locale);
  return {
    part: t('epub.part'),
    parallel: t('epub.parallel'),
    vocabulary: t('epub.vocabulary'),
    timeline: t('timeline.title'),
    events: t('timeline.eventsHeading'),
    figures: t('timeline.figuresHeading'),
    glossary: t('glossary.title'),
    contents: t('article.toc'),
    landmarks: t('epub.landmarks'),
    cover: t('epub.cover'),
    notes: t('epub.notes'),
    source: t('article.source', { publisher }),
    published: t('article.published', { date: formatEventDate(published, locale) }),
    editorNote: t('article.editorNote'),
    translationNotice: t('article.translationNotice'),
  };
}

async function gatherBook(): Promise<Book> {
  const source = await getSource();
  const perLocale = async <T>(read: (l: Locale) => T | Promise<T>) =>
    Object.fromEntries(await Promise.all(locales.map(async (l) => [l, await read(l)] as const))) as Record<Locale, T>;
  return {
    original: sourceLocale,
    translation: counterpartLocale(sourceLocale),
    source,
    meta: await perLocale(getMeta),
    sections: await perLocale(async (l) =>
      (await getSections(l)).map((s) => ({
        id: s.data.section,
        heading: s.data.heading,
        paragraphs: splitParagraphs(s.body ?? ''),
        sentences: paragraphSentences(s),
      })),
    ),
    glossary: (await getGlossary(sourceLocale)).map((g) => ({ id: g.id, ...g.data })),
    timeline: (await inFileOrder('timeline')).map((e) => e.data),
    figures: (await inFileOrder('figures')).map((f) => f.data),
    vocabulary: sectionVocabulary(),
    strings: await perLocale((l) => bookStrings(l, source.published, source.publisher[l])),
  };
}

let made: Promise<Uint8Array> | undefined;

/** The EPUB's bytes, made once per build. */
export function epubEdition(): Promise<Uint8Array> {
  return (made ??= gatherBook().then(buildEpub));
}
