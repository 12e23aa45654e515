// Text as XML character data or an attribute value.

// XML 1.0 allows no other control characters, not even as character references: such text
// would make a file that every XML parser rejects, so it is refused here instead.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** The text with `&`, `<`, `>` and `"` escaped, safe in an element and in a double-quoted attribute. */
export function escapeXml(text: string): string {
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`U+${code} cannot be written in XML: "${text}"`);
  }
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
