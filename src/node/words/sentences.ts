// The article's sentence pairs as the word data sees them: each sentence's anchor and its text in
// both languages, read from the section files with the same reader as the pages.
import { readSentences } from '../sentences.ts';
import type { SectionFile } from '../content-files.ts';

export interface SentencePair {
  /** The sentence's anchor, `<section>-p<N>-s<M>`. */
  id: string;
  ko: string;
  en: string;
}

/** The name a section's word file has: its section file's, without the extension. */
export const wordFileName = (sectionFile: string) => sectionFile.replace(/\.mdx$/, '');

/** Every section's sentence pairs, by section file name without extension, in article order. */
export function sentencePairsByFile(original: SectionFile[], translation: SectionFile[]): Map<string, SentencePair[]> {
  const byFile = new Map<string, SentencePair[]>();
  const translated = new Map(translation.map((s) => [s.name, s]));
  for (const section of original) {
    const other = translated.get(section.name);
    const id = (section.frontmatter as { section?: unknown } | undefined)?.section;
    if (!other || typeof id !== 'string') continue;
    const pairs: SentencePair[] = [];
    section.paragraphs.forEach((paragraph, p) => {
      const ko = readSentences(paragraph, 'ko').sentences;
      const en = readSentences(other.paragraphs[p] ?? '', 'en').sentences;
      ko.forEach((s, i) => pairs.push({ id: `${id}-p${p + 1}-s${i + 1}`, ko: s.text, en: en[i]?.text ?? '' }));
    });
    byFile.set(wordFileName(section.name), pairs);
  }
  return byFile;
}
