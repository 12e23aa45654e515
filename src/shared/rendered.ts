// Splits a section's rendered HTML into its top-level paragraphs, so each can carry its own
// anchor and be paired with its translation. MDX renders one <p> per paragraph and never nests them.
const PARAGRAPH = /<p\b[^>]*>[\s\S]*?<\/p>/g;

export function renderedParagraphs(html: string): string[] {
  return html.match(PARAGRAPH) ?? [];
}

/** The anchor of paragraph `index` (0-based) of a section, the same in every language. */
export function paragraphAnchor(section: string, index: number): string {
  return `${section}-p${index + 1}`;
}

/** The reverse, for the browser: "agi-clause-p2" → section "agi-clause", paragraph index 1. */
export function parseParagraphAnchor(anchor: string): { section: string; index: number } | undefined {
  const match = /^(.+)-p(\d+)$/.exec(anchor);
  return match ? { section: match[1]!, index: Number(match[2]) - 1 } : undefined;
}

/** Sentences a paragraph may have: src/styles/sentences.css pairs positions 1 to this. */
export const PAIRED_SENTENCES = 10;

/** The anchor of sentence `sentence` (0-based) of a paragraph, the same in every language. */
export function sentenceAnchor(section: string, paragraph: number, sentence: number): string {
  return `${paragraphAnchor(section, paragraph)}-s${sentence + 1}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (entity: string) => {
  const name = entity.slice(1, -1);
  if (name.startsWith('#'))
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  return ENTITIES[name] ?? entity;
};

/**
 * Wraps each sentence of a rendered paragraph (`<p>…</p>`) in a `<span>`, with its anchor where
 * one is given. The sentences come from the section file (where the editor's markers are, which
 * MDX drops), so they are found in the HTML by their text; the spaces between them stay outside,
 * and a sentence never starts or ends inside an element (the content checks refuse that).
 */
export function wrapSentences(paragraph: string, sentences: string[], ids: (string | undefined)[] = []): string {
  if (sentences.length > PAIRED_SENTENCES) {
    throw new Error(
      `a paragraph of ${sentences.length} sentences: src/styles/sentences.css pairs only ${PAIRED_SENTENCES} per paragraph`,
    );
  }
  const [, open, inner, close] = /^(<p\b[^>]*>)([\s\S]*)(<\/p>)$/.exec(paragraph) ?? [];
  if (open === undefined) throw new Error(`not a paragraph: ${paragraph.slice(0, 40)}`);
  let out = '';
  let sentence = 0; // the sentence being matched
  let inside = false; // its <span> is open
  let matched = 0; // characters of it matched so far
  let depth = 0; // elements open inside the paragraph
  const start = () => {
    if (depth !== 0)
      throw new Error(`sentence ${sentence + 1} starts inside an element: ${JSON.stringify(sentences[sentence])}`);
    out += ids[sentence] ? `<span id="${ids[sentence]}">` : '<span>';
    inside = true;
  };
  for (const [token] of inner!.matchAll(/<[^>]*>|&#?\w+;|[\s\S]/g)) {
    const text = sentences[sentence];
    if (token.startsWith('<')) {
      // A sentence may begin with a term: its span opens before the term's element.
      if (!inside && text !== undefined && !token.startsWith('</')) start();
      if (token.startsWith('</')) depth--;
      else if (!token.endsWith('/>')) depth++;
      out += token;
    } else {
      const char = token.length > 1 ? decode(token) : token;
      if (!inside && /\s/.test(char)) {
        out += token;
        continue;
      }
      if (text !== undefined && matched === text.length) {
        throw new Error(`sentence ${sentence + 1} ends inside an element: ${JSON.stringify(text)}`);
      }
      if (text === undefined || text[matched] !== char) {
        throw new Error(
          `sentence ${sentence + 1} does not match the rendered paragraph at ${JSON.stringify(inner!.slice(0, 60))}…: expected ${JSON.stringify(text?.slice(matched, matched + 20))}`,
        );
      }
      if (!inside) start();
      out += token;
      matched++;
    }
    if (inside && matched === text!.length && depth === 0) {
      out += '</span>';
      sentence++;
      matched = 0;
      inside = false;
    }
  }
  if (sentence !== sentences.length)
    throw new Error(
      `the rendered paragraph has ${sentence} of ${sentences.length} sentences: ${JSON.stringify(sentences[sentence])}`,
    );
  return open + out + close;
}
