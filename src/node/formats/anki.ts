// A notes file for Anki's text import (File → Import), with the header lines that make Anki's
// default settings right (https://docs.ankiweb.net/importing/text-files.html): the separator, HTML
// or not, the note type, the deck, the columns' names and which column holds the tags. Anki reads
// a line starting with `#key:value` before the notes as a setting, and guesses the rest: without
// `#separator:` it takes the first of tab, |, ;, :, comma and space that the file contains.
import { toTsv } from './tsv.ts';

export interface AnkiHeader {
  notetype: string;
  deck: string;
  /** The note's fields, in column order; the tags column is named too. */
  columns: string[];
  /** 1-based: the column whose words become the note's tags. */
  tagsColumn: number;
  /** Whether fields hold HTML (then `<`, `>` and `&` in text must be escaped). */
  html: boolean;
}

/** Anki's header lines, then one tab-separated line per note (tabs and line breaks refused). */
export function toAnkiNotes(header: AnkiHeader, notes: string[][]): string {
  const settings = [
    '#separator:tab',
    `#html:${header.html}`,
    `#notetype:${header.notetype}`,
    `#deck:${header.deck}`,
    `#columns:${header.columns.join('\t')}`,
    `#tags column:${header.tagsColumn}`,
  ];
  // toTsv's first line is the header; Anki's column names are given by #columns: instead.
  const body = toTsv(header.columns, notes).split('\n').slice(1).join('\n');
  return `${settings.join('\n')}\n${body}`;
}
