// Comma-separated values by RFC 4180: the header as the first record, CRLF after every record, a
// field quoted when it holds a comma, a quotation mark (doubled inside) or a line break.

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A record's field is also quoted when it starts with `#`: Anki reads a line that starts with `#`
 * as a comment (and `#key:value` as an import setting), so such a record would be lost. The
 * header is written as given, so that a header whose first name starts with `#` is exactly such
 * a comment to Anki while spreadsheets still show it as the columns' names.
 */
const RECORD_NEEDS_QUOTES = /[",\r\n]|^#/;

const quoted = (value: string, needs: RegExp) => (needs.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The records as CSV lines, each with `width` fields, a record's first field never read as a comment. */
export function csvRecords(width: number, records: string[][]): string {
  return records
    .map((record, i) => {
      if (record.length !== width) throw new Error(`CSV record ${i + 1} has ${record.length} fields, not ${width}`);
      return `${record.map((f) => quoted(f, RECORD_NEEDS_QUOTES)).join(',')}\r\n`;
    })
    .join('');
}

/** The records as CSV, header first. Every record has as many fields as the header. */
export function toCsv(header: string[], records: string[][]): string {
  return `${header.map((f) => quoted(f, NEEDS_QUOTES)).join(',')}\r\n${csvRecords(header.length, records)}`;
}
