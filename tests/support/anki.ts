// What Anki's text importer (File → Import, Anki 2.1.55 and later; rslib's
// import_export/text/csv) makes of a file, step by step as Anki does it, for a note type with the
// given fields: the settings at the top of the file (`#key:value` lines), the separator (the one
// set, or the first of tab, |, ;, :, comma and space found after those lines), whether fields are
// HTML, the columns, which column fills which field (by name when the file names its columns, in
// order otherwise), the tags column (the first column after the fields when the file names none),
// then the records, read as the Rust csv crate reads them: no header, lines starting with `#`
// skipped, fields quoted with " (doubled inside), any number of fields.

const DELIMITERS = [
  ['tab', '\t'],
  ['pipe', '|'],
  ['semicolon', ';'],
  ['colon', ':'],
  ['comma', ','],
  ['space', ' '],
] as const;

export interface AnkiImport {
  delimiter: string;
  isHtml: boolean;
  /** 1-based; 0 for none. */
  tagsColumn: number;
  columnLabels: string[];
  /** For each field of the note type, the 1-based column that fills it (0: none). */
  fieldColumns: number[];
  notes: { fields: (string | undefined)[]; tags: string[] }[];
}

const stripLineEnding = (line: string) => line.replace(/\r?\n$/, '');

/** The records of CSV text as the Rust csv crate reads them with Anki's settings. */
export function csvCrateRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  while (i < text.length) {
    if (text[i] === '#') {
      // A comment: the whole line.
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1; // an empty line is no record
      continue;
    }
    const record: string[] = [];
    let field = '';
    let quoted = false;
    let atFieldStart = true;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
      } else if (c === delimiter) {
        record.push(field);
        field = '';
        atFieldStart = true;
      } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
        i += c === '\r' ? 2 : 1;
        break;
      } else {
        field += c;
        atFieldStart = false;
      }
    }
    record.push(field);
    records.push(record);
  }
  return records;
}

/** How Anki stores a plain-text field (htmlescape's encode_minimal), so that it shows as written. */
export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
// Anki's is_html: a tag or an entity.
const looksLikeHtml = (s: string) => /<\/?[a-z][^>]*>|&[a-z]+;/i.test(s);

/** What Anki imports from `text` into a note type whose fields are `noteFields`, with no option changed. */
export function ankiImport(text: string, noteFields: string[]): AnkiImport {
  const lines = text.replace(/^\uFEFF/, '').match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let delimiter: string | undefined;
  let isHtml: boolean | undefined;
  let tagsColumn = 0;
  let columnLabels: string[] = [];
  const settings: [string, string][] = [];
  let metaLength = 0;
  for (const [n, line] of lines.entries()) {
    if (n === 0 && line.startsWith('tags:')) {
      metaLength += line.length;
      continue;
    }
    if (!line.startsWith('#')) break;
    metaLength += line.length;
    const colon = line.indexOf(':');
    if (colon !== -1)
      settings.push([line.slice(1, colon).trim().toLowerCase(), stripLineEnding(line.slice(colon + 1))]);
  }
  for (const [key, value] of settings) {
    if (key === 'separator') {
      const found = DELIMITERS.find(([name, c]) => value.toLowerCase().trim() === name || value === c);
      if (found) delimiter = found[1];
    } else if (key === 'html') {
      if (/^(true|false)$/i.test(value)) isHtml = value.toLowerCase() === 'true';
    } else if (key === 'tags column') {
      if (/^\s*\d+\s*$/.test(value)) tagsColumn = Number(value);
    } else if (key === 'columns') {
      columnLabels = csvCrateRecords(value, delimiter ?? '\t')[0] ?? [];
    }
  }
  if (delimiter === undefined) {
    const rest = text.replace(/^\uFEFF/, '').slice(metaLength, metaLength + 8 * 1024);
    delimiter = DELIMITERS.find(([, c]) => rest.includes(c))?.[1] ?? ' ';
  }
  const records = csvCrateRecords(
    text.replace(/^\uFEFF/, '').startsWith('tags:') ? text.slice(text.indexOf('\n') + 1) : text,
    delimiter,
  );
  if (isHtml === undefined) isHtml = records.slice(0, 5).some((r) => r.some(looksLikeHtml));
  if (!columnLabels.length) columnLabels = Array<string>(records[0]?.length ?? 0).fill('');
  const metaColumns = new Set(tagsColumn ? [tagsColumn] : []);
  const fieldColumns = noteFields.map((_, i): number => (i === 0 ? 1 : 0));
  if (columnLabels.every((l) => l === '')) {
    const free = columnLabels.map((_, i) => i + 1).filter((c) => !metaColumns.has(c));
    noteFields.forEach((_, i) => (fieldColumns[i] = free[i] ?? 0));
  } else {
    noteFields.forEach((name, i) => {
      const c = columnLabels.indexOf(name) + 1;
      if (c > 0 && !metaColumns.has(c)) fieldColumns[i] = c;
    });
  }
  if (fieldColumns[0] === 0) fieldColumns[0] = columnLabels.map((_, i) => i + 1).find((c) => !metaColumns.has(c)) ?? 0;
  // With no tags column set, Anki takes the first column after the fields, if one follows it.
  if (tagsColumn === 0) {
    const maxField = Math.max(0, ...fieldColumns);
    for (let column = maxField + 1; column < columnLabels.length; column++) {
      if (!metaColumns.has(column)) {
        tagsColumn = maxField + 1;
        break;
      }
    }
  }
  const stringify = isHtml ? (s: string) => s : escapeHtml;
  const notes = records.map((record) => ({
    fields: fieldColumns.map((c) => (c > 0 && record[c - 1] !== undefined ? stringify(record[c - 1]!) : undefined)),
    tags: tagsColumn ? (record[tagsColumn - 1] ?? '').split(/\s+/).filter(Boolean) : [],
  }));
  return { delimiter, isHtml, tagsColumn, columnLabels, fieldColumns, notes };
}
