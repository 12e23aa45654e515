// Turns a js-yaml error into a message an editor can act on: the line where the mistake is and
// that line's text. js-yaml reports where parsing stopped, which for an unclosed quotation mark
// is several lines later, where the quoted text finally ends.

interface YamlMark {
  line: number;
  column: number;
}

/**
 * `source` is the YAML text; `firstLine` is the file line it starts on (for frontmatter, the line
 * of the opening ---, where Astro's frontmatter block begins).
 */
export function describeYamlError(error: unknown, source: string, firstLine = 1): string {
  const reason = (error as { reason?: string }).reason;
  const mark = (error as { mark?: YamlMark }).mark;
  if (!reason || !mark) return String(error instanceof Error ? error.message : error).split('\n')[0]!;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const unclosed = unclosedQuoteLine(lines, mark.line);
  if (unclosed) {
    const { index, quote } = unclosed;
    return `line ${index + firstLine}: a quotation mark (${quote}) opens here and is not closed on this line: add the closing ${quote} ${excerpt(lines[index]!)}`;
  }
  return `line ${mark.line + firstLine}, column ${mark.column + 1}: ${reason} ${excerpt(lines[mark.line] ?? '')}`;
}

function excerpt(line: string): string {
  const text = line.trim();
  return `(the line reads: ${text.length > 80 ? `${text.slice(0, 80)}…` : text})`;
}

/**
 * The first line up to `last` that opens a quoted value without closing it. A quoted YAML value
 * may span lines, but in these files none does, so an odd count of one kind of quote is the
 * mistake.
 */
function unclosedQuoteLine(lines: string[], last: number): { index: number; quote: string } | undefined {
  for (let index = 0; index <= Math.min(last, lines.length - 1); index++) {
    const line = lines[index]!.replace(/\s#.*$/, '');
    const value = /^\s*(?:-\s+)?(?:[^"':#]+:\s+)?(["'])/.exec(line);
    if (!value) continue;
    const quote = value[1]!;
    const body = line.slice(value.index + value[0].length);
    // Inside '…', a quote is written twice; inside "…", it is escaped with a backslash.
    const closed = quote === "'" ? body.replace(/''/g, '').includes("'") : /(?:^|[^\\])"/.test(body);
    if (!closed) return { index, quote };
  }
  return undefined;
}
