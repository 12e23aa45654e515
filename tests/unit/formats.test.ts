// The writers of the aligned files: TMX valid against the TMX 1.4b DTD, TSV and CSV read back by
// their readers to the same fields, and text each format cannot hold refused, not mangled.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/node/formats/csv.ts';
import { toAnkiText } from '../../src/node/formats/anki.ts';
import { ankiImport, escapeHtml } from '../support/anki.ts';
import { toTmx, type TmxHeader } from '../../src/node/formats/tmx.ts';
import { toTsv } from '../../src/node/formats/tsv.ts';
import { escapeXml } from '../../src/node/formats/xml.ts';
import { validateTmx } from '../support/xmllint.ts';

const header: TmxHeader = {
  creationTool: 'Site & "tools"',
  creationToolVersion: '2',
  originalFormat: 'MDX',
  adminLang: 'en',
  srcLang: 'ko',
};
const units = [
  {
    id: 'agi-clause-p1-s1',
    variants: [
      { lang: 'ko', text: '오픈AI가 <AGI>를 달성하면 "계약" & 조항이 바뀐다.' },
      { lang: 'en', text: 'Once OpenAI reaches <AGI>, the "contract" & clause change.' },
    ],
  },
  {
    id: 'agi-clause-p1-s2',
    variants: [
      { lang: 'ko', text: '두 번째 문장.' },
      { lang: 'en', text: 'The second sentence.' },
    ],
  },
];

describe('toTmx', () => {
  const tmx = toTmx(header, units);

  test('is valid against the TMX 1.4b DTD', () => {
    expect(validateTmx(tmx)).toEqual({ status: 0, output: '' });
  });

  test('the validator rejects a memory without the header attributes the DTD requires', () => {
    const { status, output } = validateTmx(tmx.replace(/ srclang="ko"/, ''));
    expect(status).not.toBe(0);
    expect(output).toMatch(/srclang/);
  });

  test('has the header TMX 1.4b tools read: sentence segments of plain text, Korean source', () => {
    expect(tmx).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<tmx version="1\.4">\n/);
    const head = tmx.match(/<header ([^>]*)\/>/)![1]!;
    expect(head).toContain('segtype="sentence"');
    expect(head).toContain('datatype="plaintext"');
    expect(head).toContain('srclang="ko"');
    expect(head).toContain('adminlang="en"');
    expect(head).toContain('o-tmf="MDX"');
    expect(head).toContain('creationtool="Site &amp; &quot;tools&quot;"');
    expect(head).toContain('creationtoolversion="2"');
  });

  test('one unit per pair, its id the tuid, one variant per language with the text escaped', () => {
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toContain(
      '<tu tuid="agi-clause-p1-s1">\n' +
        '      <tuv xml:lang="ko"><seg>오픈AI가 &lt;AGI&gt;를 달성하면 &quot;계약&quot; &amp; 조항이 바뀐다.</seg></tuv>\n' +
        '      <tuv xml:lang="en"><seg>Once OpenAI reaches &lt;AGI&gt;, the &quot;contract&quot; &amp; clause change.</seg></tuv>\n' +
        '    </tu>',
    );
  });
});

describe('escapeXml', () => {
  test('escapes the characters markup uses and keeps the rest', () => {
    expect(escapeXml('a < b > c & "d" \'e\' 한글')).toBe("a &lt; b &gt; c &amp; &quot;d&quot; 'e' 한글");
  });

  test('refuses a character that XML 1.0 cannot carry, naming it and where it is', () => {
    expect(() => escapeXml('bell\u0007')).toThrow(/U\+0007/);
    expect(() => escapeXml('계약 조항\u0007이 바뀐다')).toThrow(
      /^U\+0007 .*character 6 of the text, after "계약 조항"/,
    );
    expect(() => escapeXml('half \uD83D pair')).toThrow(/^U\+D83D .*character 6/);
    expect(() => escapeXml('\uFFFE')).toThrow(/^U\+FFFE .*character 1/);
    expect(escapeXml('tab\tand\nline\r')).toBe('tab\tand\nline\r');
    expect(escapeXml('pair \u{1F600}, and the last \uFFFD')).toBe('pair \u{1F600}, and the last \uFFFD');
  });
});

/** TSV read back as corpus tools read it: lines, then tabs. */
const readTsv = (tsv: string) =>
  tsv
    .split('\n')
    .slice(0, -1)
    .map((line) => line.split('\t'));

describe('toTsv', () => {
  test('a header line, then one line per row, each ending in a line feed, read back to the same fields', () => {
    const rows = [
      ['s1', '쉼표, 따옴표 "와" 역슬래시 \\', 'Commas, "quotes" and a backslash \\'],
      ['s2', '두 번째', 'Second'],
    ];
    const tsv = toTsv(['id', 'ko', 'en'], rows);
    expect(tsv.endsWith('Second\n')).toBe(true);
    expect(readTsv(tsv)).toEqual([['id', 'ko', 'en'], ...rows]);
  });

  test('refuses a tab or a line break in a field, naming the line and column', () => {
    expect(() => toTsv(['id', 'ko', 'en'], [['s1', '가\t나', 'a']])).toThrow(/line 2, column ko: a tab or line break/);
    expect(() => toTsv(['id', 'ko', 'en'], [['s1', '가', 'a\nb']])).toThrow(/line 2, column en/);
    expect(() => toTsv(['id', 'ko', 'en'], [['s1', '가', 'a\r']])).toThrow(/column en/);
  });

  test('refuses a row with a different number of fields', () => {
    expect(() => toTsv(['id', 'ko', 'en'], [['s1', '가']])).toThrow(/line 2 has 2 fields, not 3/);
  });
});

describe('toCsv', () => {
  const records = [
    ['인공일반지능(AGI)', 'Artificial general intelligence (AGI)', '쉼표, 그리고 "따옴표"', 'agi'],
    ['줄\n바꿈', 'Line\r\nbreak', 'plain', 'x'],
    ['#해시로 시작', '#hash first', 'no # quoting mid-field', 'hash'],
  ];
  const csv = toCsv(['#term_ko', 'term_en', 'definition', 'id'], records);

  test('is read back by a CSV parser to the same header and fields', () => {
    expect(parse(csv)).toEqual([['#term_ko', 'term_en', 'definition', 'id'], ...records]);
  });

  test('ends every record with CRLF and quotes only what needs it, doubling quotation marks', () => {
    expect(csv.split('\r\n')[1]).toBe(
      '인공일반지능(AGI),Artificial general intelligence (AGI),"쉼표, 그리고 ""따옴표""",agi',
    );
    expect(csv.endsWith('hash\r\n')).toBe(true);
  });

  test('writes the header as given, so its # makes it a comment to Anki, and quotes a record that starts with #', () => {
    expect(csv.startsWith('#term_ko,term_en,definition,id\r\n')).toBe(true);
    expect(csv).toContain('\r\n"#해시로 시작","#hash first",no # quoting mid-field,hash\r\n');
  });

  test('refuses a record with a different number of fields', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/record 1 has 1 fields, not 2/);
  });
});

describe('toAnkiText', () => {
  const notes = [
    ['용어; 세미콜론', 'Term; semicolon', '<b>태그</b>처럼 보이는 글', 'Looks like a <tag>', 'semi'],
    ['#해시', '#hash', '쉼표, 그리고 "따옴표"', 'plain', 'hash'],
  ];
  const columns = ['term_ko', 'term_en', 'definition_ko', 'definition_en', 'tags'];
  const text = toAnkiText({ columns, tagsColumn: 5, notes });

  test("starts with Anki's settings, separator first, then a comment naming the columns", () => {
    expect(text.split('\r\n').slice(0, 4)).toEqual([
      '#separator:Comma',
      '#html:false',
      '#tags column:5',
      '#term_ko,term_en,definition_ko,definition_en,tags',
    ]);
  });

  test("is read by Anki's rules to the notes as written, in order, whatever the fields are called", () => {
    for (const fields of [
      ['Front', 'Back'],
      ['앞면', '뒷면'],
    ]) {
      const read = ankiImport(text, fields);
      expect(read.fieldColumns).toEqual([1, 2]);
      expect(read.notes).toEqual(notes.map((n) => ({ fields: n.slice(0, 2).map(escapeHtml), tags: [n[4]] })));
    }
    expect(ankiImport(text, ['Front', 'Back', 'D1', 'D2']).notes[0]!.fields).toEqual(
      notes[0]!.slice(0, 4).map(escapeHtml),
    );
  });

  test('refuses a column name Anki would read as a setting', () => {
    expect(() => toAnkiText({ columns: ['a:b', 'tags'], tagsColumn: 2, notes: [] })).toThrow(/colon/);
    expect(() => toAnkiText({ columns: ['a'], tagsColumn: 2, notes: [] })).toThrow(/no column 2/);
  });
});
