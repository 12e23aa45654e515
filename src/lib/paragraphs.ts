// Splits a section's MDX body into paragraphs and strips the markup an editor may add,
// so that the checks and the pages see the same paragraphs.
import { MARKER } from './sentences.ts';

/** The inline components an MDX paragraph may contain. */
const COMPONENT_TAG = /<\/?Term\b[^>]*>/g;
const TERM_OPEN = /<Term\s+id="([^"]*)"\s*>/g;

/** Paragraphs are separated by blank lines; each is trimmed, empty ones dropped. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The paragraph's text as a reader sees it: component tags and sentence markers removed, content kept. */
export function stripMarkup(paragraph: string): string {
  return paragraph.replace(COMPONENT_TAG, '').replace(MARKER, '');
}

/** Every glossary id referenced by a `<Term id="…">` in the text, in order of appearance. */
export function termIdsIn(text: string): string[] {
  return [...text.matchAll(TERM_OPEN)].map((m) => m[1]!);
}

/** Tags that look like components but are not `<Term id="…">…</Term>` (a typo, say). */
export function malformedTags(paragraph: string): string[] {
  const withoutTerms = paragraph.replace(TERM_OPEN, '').replace(/<\/Term>/g, '');
  return [...withoutTerms.matchAll(/<[^>]*>?/g)].map((m) => m[0]);
}
