// A text file for Anki's importer (File → Import, Anki 2.1.55 and later): header lines that set
// the import's options, then one note per line, comma-separated as in RFC 4180. Anki reads the
// lines at the top that start with `#` as its settings (`#key:value`) and ignores any other line
// that starts with `#`; without `#separator:` it guesses the separator from the first of tab, |,
// ;, :, comma and space that appears anywhere, and without `#html:` it guesses whether fields are
// HTML. `#columns:` is left out on purpose: given column names, Anki maps each note field to the
// column of the same name, so columns named for the English Basic note type (Front, Back) would
// leave the Back field unmapped where Anki speaks Korean (앞면, 뒷면); with no names it maps the
// columns in order, whatever the note type's field names. The names are in a comment line instead.
import { csvRecords } from './csv.ts';

export interface AnkiNotes {
  /** The columns, in order, for people: written as a comment line Anki skips. */
  columns: string[];
  /** Whether the fields are HTML (then their text's `<`, `>` and `&` must be escaped); plain text by default. */
  html?: boolean;
  /** The 1-based column that holds each note's tags (space-separated in Anki). */
  tagsColumn: number;
  notes: string[][];
}

/** The notes as an Anki text file: its settings, a comment naming the columns, then the notes. */
export function toAnkiText({ columns, html = false, tagsColumn, notes }: AnkiNotes): string {
  if (tagsColumn < 1 || tagsColumn > columns.length) throw new Error(`Anki: no column ${tagsColumn} for the tags`);
  if (columns.some((c) => /[:\r\n]/.test(c)))
    throw new Error('Anki: a column name with a colon or line break would be read as a setting');
  for (const note of notes) {
    const tags = note[tagsColumn - 1];
    if (tags !== undefined && /[\r\n]/.test(tags)) throw new Error(`Anki: the tags "${tags}" hold a line break`);
  }
  const settings = ['#separator:Comma', `#html:${html}`, `#tags column:${tagsColumn}`, `#${columns.join(',')}`];
  return `${settings.map((line) => `${line}\r\n`).join('')}${csvRecords(columns.length, notes)}`;
}
