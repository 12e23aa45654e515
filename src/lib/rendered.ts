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
