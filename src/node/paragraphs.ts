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

const TERM = /<Term\s+id="([^"]*)"\s*>([\s\S]*?)<\/Term>/g;

/** Every `<Term id="…">text</Term>` with the words it wraps. */
export function termsIn(text: string): { id: string; text: string }[] {
  return [...text.matchAll(TERM)].map((m) => ({ id: m[1]!, text: m[2]! }));
}

/**
 * MDX and Markdown syntax in a paragraph, which is plain text: the page would run or format it
 * while the data files and "show original" would show it as typed. Each hit is the excerpt and
 * what it is.
 */
const NOT_PLAIN_TEXT: [RegExp, string][] = [
  [/\{[^{}]*\}?|\}/g, 'an MDX expression'],
  [/(\*+|_+)[^*_\s](?:[^*_]*?[^*_\s])?\1|[*_]+/g, 'Markdown emphasis'],
  [/`[^`]*`?/g, 'Markdown code'],
  [/!?\[[^\]]*\]\([^)]*\)?/g, 'a Markdown link'],
  [/~~/g, 'Markdown strikethrough'],
  [/^(?:#{1,6}|>|[-+]|\d+[.)])(?=\s)/gm, 'a Markdown heading, quote or list marker'],
  [/\\[^\sA-Za-z0-9가-힣]/g, 'a Markdown escape'],
  [/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, 'an HTML character reference'],
  // A paragraph is one line of words: TSV, which publishes its sentences, cannot hold a tab or a
  // line break, and a page would show either as a space anyway.
  [
    /\S{0,12}[^\S\t\r\n\u2028\u2029]?[\t\r\n\u2028\u2029]+[^\S\t\r\n\u2028\u2029]?\S{0,12}/g,
    'words split by a tab or line break',
  ],
];

export function notPlainText(paragraph: string): { excerpt: string; what: string }[] {
  const text = stripMarkup(paragraph);
  return NOT_PLAIN_TEXT.flatMap(([pattern, what]) => [...text.matchAll(pattern)].map((m) => ({ excerpt: m[0], what })));
}
