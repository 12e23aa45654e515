// Text as XML (or HTML) character data or a double-quoted attribute value: the one escape of the
// site's files (TMX, the e-book, the sitemap, the social cards, the Anki fields) and of the content
// checks' page in `astro dev`.

// XML 1.0 allows no other characters, not even as character references: tabs, line ends and
// Unicode but the C0 controls, U+FFFE, U+FFFF and a surrogate without its pair. Such text would make
// a file that every XML parser rejects, so it is refused here instead.
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text with `&`, `<`, `>` and `"` escaped, safe in an element and in a double-quoted attribute. */
export function escapeXml(text: string): string {
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const before = text.slice(Math.max(0, bad.index - 30), bad.index);
    throw new Error(
      `U+${code} cannot be written in XML: character ${bad.index + 1} of the text, after "${before}" (${text.length > 80 ? `${text.slice(0, 80)}…` : text})`,
    );
  }
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
