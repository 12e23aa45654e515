// Splits a paragraph into sentences, the unit that pairs the two languages below the paragraph.
// Intl.Segmenter finds the sentences; a short list of abbreviations keeps "the U.S. FTC" whole,
// and an editor can override both with a marker where the segmenter is still wrong.

/** Written in a section file where a sentence ends that the segmenter does not see. MDX drops it. */
export const BREAK_MARKER = '{/* break */}';
/** Written after a full stop that does not end a sentence. MDX drops it. */
export const NO_BREAK_MARKER = '{/* no break */}';

/** Both markers, as they may be written (spaces inside the comment are free). */
export const MARKER = /\{\/\*\s*(no\s+)?break\s*\*\/\}/g;

/** Abbreviations whose full stop ends no sentence, per language: the ones the article needs. */
const ABBREVIATIONS: Record<string, string[]> = {
  en: ['U.S.', 'U.K.', 'U.N.', 'e.g.', 'i.e.', 'Mr.', 'Ms.', 'Mrs.', 'Dr.', 'vs.'],
};

const TERM_TAG = /<(\/?)Term\b[^>]*>/g;

export interface Sentence {
  /** The sentence as a reader sees it, markup removed, without surrounding spaces. */
  text: string;
  /** Set when an editor's break marker, not the segmenter, begins this sentence. */
  manual?: true;
}

export interface SentenceReading {
  sentences: Sentence[];
  /** Markers that do nothing or breaks that fall inside a term, in words an editor can act on. */
  problems: string[];
}

interface Parsed {
  text: string;
  terms: { start: number; end: number; label: string }[];
  markers: { at: number; kind: 'break' | 'no break' }[];
}

/** The paragraph's plain text, with where its terms and markers are in it. */
function parse(paragraph: string): Parsed {
  const token = new RegExp(`${TERM_TAG.source}|${MARKER.source}`, 'g');
  let text = '';
  let last = 0;
  let open: { start: number; label: string } | undefined;
  const terms: Parsed['terms'] = [];
  const markers: Parsed['markers'] = [];
  for (const m of paragraph.matchAll(token)) {
    text += paragraph.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0].startsWith('{')) markers.push({ at: text.length, kind: m[2] ? 'no break' : 'break' });
    else if (m[1]) {
      if (open) terms.push({ start: open.start, end: text.length, label: open.label });
      open = undefined;
    } else open = { start: text.length, label: m[0] };
  }
  return { text: text + paragraph.slice(last), terms, markers };
}

const endsWithAbbreviation = (before: string, locale: string) =>
  (ABBREVIATIONS[locale] ?? []).some(
    (a) => before.endsWith(a) && !/\p{L}/u.test(before.charAt(before.length - a.length - 1)),
  );

/** Where the whitespace that starts at `at` ends: a sentence begins at its first letter. */
const skipSpace = (text: string, at: number) => at + /^\s*/.exec(text.slice(at))![0].length;

/** Reads a paragraph of a section file (Term tags and markers allowed) into its sentences. */
export function readSentences(paragraph: string, locale: string): SentenceReading {
  const { text, terms, markers } = parse(paragraph);
  const problems: string[] = [];
  const found = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)]
    .map((s) => s.index)
    .filter((at) => at > 0);
  const breaks = new Set(found.filter((at) => !endsWithAbbreviation(text.slice(0, at).trimEnd(), locale)));
  const manual = new Set<number>();
  for (const marker of markers) {
    const at = skipSpace(text, marker.at);
    const where = JSON.stringify(
      `${text.slice(Math.max(0, marker.at - 20), marker.at)}${marker.kind === 'break' ? BREAK_MARKER : NO_BREAK_MARKER}${text.slice(marker.at, marker.at + 20)}`,
    );
    if (marker.kind === 'no break') {
      if (!breaks.delete(at)) problems.push(`${NO_BREAK_MARKER} where no sentence ends: ${where}`);
    } else if (at >= text.length || breaks.has(at)) {
      problems.push(`${BREAK_MARKER} where a sentence ends already: ${where}`);
    } else {
      breaks.add(at);
      manual.add(at);
    }
  }
  for (const at of breaks) {
    const term = terms.find((t) => t.start < at && at < t.end);
    if (term)
      problems.push(
        `a sentence ends inside ${term.label}${text.slice(term.start, term.end)}</Term>: a term cannot span two sentences`,
      );
  }
  const starts = [0, ...[...breaks].sort((a, b) => a - b)];
  const sentences = starts
    .map((start, i) => ({
      text: text.slice(start, starts[i + 1] ?? text.length).trim(),
      ...(manual.has(start) ? { manual: true as const } : {}),
    }))
    .filter((s) => s.text !== '');
  return { sentences, problems };
}

/** The sentences of a paragraph as plain text. */
export function splitSentences(paragraph: string, locale: string): string[] {
  return readSentences(paragraph, locale).sentences.map((s) => s.text);
}
