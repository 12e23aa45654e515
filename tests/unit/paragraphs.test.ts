// Paragraph splitting and the markup an editor may put in a paragraph.
import { describe, expect, test } from 'vitest';
import {
  malformedTags,
  notPlainText,
  splitParagraphs,
  stripMarkup,
  termIdsIn,
  termsIn,
} from '../../src/node/paragraphs.ts';

describe('splitParagraphs', () => {
  test('splits on blank lines, trims, and drops empty paragraphs', () => {
    expect(splitParagraphs('\n\nFirst line\nstill first.\n\n  Second.  \n\n\n\nThird.\n\n')).toEqual([
      'First line\nstill first.',
      'Second.',
      'Third.',
    ]);
  });

  test('a line with only spaces is a blank line', () => {
    expect(splitParagraphs('One.\n   \t\nTwo.')).toEqual(['One.', 'Two.']);
  });

  test('Windows and old Mac line endings split the same way', () => {
    expect(splitParagraphs('One.\r\n\r\nTwo.\r\rThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  test('a single line break does not start a paragraph', () => {
    expect(splitParagraphs('One.\nTwo.')).toHaveLength(1);
  });

  test('empty text has no paragraphs', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\n')).toEqual([]);
  });
});

describe('stripMarkup', () => {
  test('removes Term tags and keeps their text', () => {
    expect(stripMarkup('오픈AI가 <Term id="google-cloud">구글 클라우드</Term>와 손을 잡았습니다.')).toBe(
      '오픈AI가 구글 클라우드와 손을 잡았습니다.',
    );
  });

  test('keeps text that only looks like a Term', () => {
    expect(stripMarkup('a <Terminal> b')).toBe('a <Terminal> b');
    expect(stripMarkup('plain text')).toBe('plain text');
  });
});

describe('termIdsIn', () => {
  test('every glossary id, in order, repeats included', () => {
    expect(
      termIdsIn('<Term id="agi">AGI</Term> and <Term id="agi-clause">clause</Term>, <Term id="agi">AGI</Term>'),
    ).toEqual(['agi', 'agi-clause', 'agi']);
  });

  test('tolerates extra spaces inside the tag', () => {
    expect(termIdsIn('<Term  id="azure" >Azure</Term>')).toEqual(['azure']);
  });

  test('ignores tags that are not Term', () => {
    expect(termIdsIn('<Trem id="agi">AGI</Trem> and no terms')).toEqual([]);
  });
});

describe('malformedTags', () => {
  test('a correct paragraph has none', () => {
    expect(
      malformedTags('As OpenAI pushes to <Term id="for-profit-conversion">convert</Term>, <Term id="agi">AGI</Term>.'),
    ).toEqual([]);
  });

  test('a misspelt component is reported, opening and closing tag', () => {
    expect(malformedTags('whether it has achieved <Trem id="agi">AGI</Trem>.')).toEqual(['<Trem id="agi">', '</Trem>']);
  });

  test('a Term with single quotes or another attribute is reported', () => {
    expect(malformedTags("<Term id='agi'>AGI</Term>")).toEqual(["<Term id='agi'>"]);
    expect(malformedTags('<Term id="agi" class="x">AGI</Term>')).toEqual(['<Term id="agi" class="x">']);
  });

  test('HTML is reported', () => {
    expect(malformedTags('a <b>bold</b> claim<br/>')).toEqual(['<b>', '</b>', '<br/>']);
  });

  test('an unclosed tag is reported up to the end of the paragraph', () => {
    expect(malformedTags('AGI <Term id="agi"')).toEqual(['<Term id="agi"']);
  });
});

describe('termsIn', () => {
  test('gives each term with the words it wraps', () => {
    expect(termsIn('<Term id="ftc">Federal Trade Commission (FTC)</Term> and <Term id="agi">AGI</Term>')).toEqual([
      { id: 'ftc', text: 'Federal Trade Commission (FTC)' },
      { id: 'agi', text: 'AGI' },
    ]);
  });
});

describe('notPlainText', () => {
  test.each([
    ['The deal {sic} is', '{sic}', 'an MDX expression'],
    ['The *deal* is', '*deal*', 'Markdown emphasis'],
    ['The __deal__ is', '__deal__', 'Markdown emphasis'],
    ['Use `code` here', '`code`', 'Markdown code'],
    ['See [the filing](https://example.org)', '[the filing](https://example.org)', 'a Markdown link'],
    ['~~old~~ new', '~~', 'Markdown strikethrough'],
    ['# A heading', '#', 'a Markdown heading, quote or list marker'],
    ['AT&amp;T', '&amp;', 'an HTML character reference'],
    ['Two\tcolumns here', 'Two\tcolumns', 'words split by a tab or line break'],
    ['One line,\nthen another', 'line,\nthen', 'words split by a tab or line break'],
    ['Windows line \r\n break', 'line \r\n break', 'words split by a tab or line break'],
  ])('%s has %s', (paragraph, excerpt, what) => {
    expect(notPlainText(paragraph)).toContainEqual({ excerpt, what });
  });

  test('plain text with terms, quotes, hyphens and figures is plain', () => {
    expect(
      notPlainText('“The relationship” — a <Term id="form-10-k">10-K report</Term> lists 4.5 GW (20%), 1. not a list'),
    ).toEqual([]);
    expect(notPlainText('MS가 10억 달러(약 1조3800억 원)를 투자하며 “협력”을 시작했죠.')).toEqual([]);
  });
});
