// What the e-book is made of: the article's content and the words around it, as plain data, so
// that the EPUB is a function of the content (src/data/epub.ts gathers it from the collections).
import type { Locale } from '../../i18n/locales.ts';
import type { ArticleMeta, Figure, GlossaryEntry, SourceInfo, TimelineEvent } from '../schemas.ts';

export interface BookSection {
  id: string;
  heading: string;
  /** As in the section file: `<Term id="…">` tags and sentence markers included. */
  paragraphs: string[];
  /** Each paragraph's sentences as plain text (src/node/sentences.ts). */
  sentences: string[][];
}

/** A word of the original in its dictionary form, as the section's vocabulary lists it. */
export interface VocabularyEntry {
  base: string;
  roman: string;
  pos: string;
  /** Its meanings in the section, in the translation's language. */
  meanings: string[];
}

/** The words of the book in one language that are not the article's: part titles, labels. */
export interface BookStrings {
  /** The part with the article in this language: "한국어 원문", "English translation". */
  part: string;
  parallel: string;
  /** The heading of each section's vocabulary in the parallel part. */
  vocabulary: string;
  timeline: string;
  events: string;
  figures: string;
  glossary: string;
  contents: string;
  landmarks: string;
  cover: string;
  /** The heading of the footnotes at the end of each part: "용어 풀이", "Notes on the terms". */
  notes: string;
  source: string;
  published: string;
  editorNote: string;
  translationNotice: string;
}

export interface Book {
  /** The original's language first: it is the book's main language. */
  original: Locale;
  translation: Locale;
  source: SourceInfo;
  meta: Record<Locale, ArticleMeta>;
  sections: Record<Locale, BookSection[]>;
  glossary: ({ id: string } & GlossaryEntry)[];
  timeline: TimelineEvent[];
  figures: Figure[];
  /** By section id: the words of the original that a learner looks up, after the section's pairs. */
  vocabulary: Record<string, VocabularyEntry[]>;
  strings: Record<Locale, BookStrings>;
}
