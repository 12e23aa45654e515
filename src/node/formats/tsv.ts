// Tab-separated values as corpus tools read them (IANA text/tab-separated-values): a header line,
// then one line per record, fields split by tabs, UTF-8 without a byte order mark, a line feed
// after every line. The format has no quoting: a tab or line break inside a field cannot be
// written, so it is refused rather than escaped in a way some readers would not undo.

const BREAKS = /[\t\n\r\u2028\u2029]/;

/** The table as TSV; `columns` is the header. Every row has one field per column. */
export function toTsv(columns: string[], rows: string[][]): string {
  for (const [i, row] of [columns, ...rows].entries()) {
    if (row.length !== columns.length)
      throw new Error(`TSV line ${i + 1} has ${row.length} fields, not ${columns.length}`);
    row.forEach((field, j) => {
      if (BREAKS.test(field))
        throw new Error(`TSV line ${i + 1}, column ${columns[j]}: a tab or line break cannot be written: "${field}"`);
    });
  }
  return [columns, ...rows].map((row) => `${row.join('\t')}\n`).join('');
}
