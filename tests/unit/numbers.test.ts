// The quantities read from Korean and English text, and the proof that a translation kept them.
import { describe, expect, test } from 'vitest';
import {
  englishMagnitudes,
  englishQuantities,
  extraQuantities,
  koreanMagnitudes,
  koreanQuantities,
  magnitudeInWords,
  missingCounterparts,
  quantityReaders,
  unmatched,
} from '../../src/node/numbers.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { stripMarkup } from '../../src/node/paragraphs.ts';
import { projectRoot, realContent } from '../support/content-copy.ts';

const values = (qs: { value: number; unit: string }[]) => qs.map(({ value, unit }) => ({ value, unit }));

describe('koreanQuantities', () => {
  test.each([
    ['10억 달러', 1e9, 'usd'],
    ['1조3800억 원', 1.38e12, 'krw'],
    ['55조 3,000억 원', 55.3e12, 'krw'],
    ['27조 6,500억 원', 27.65e12, 'krw'],
    ['1,000억 달러', 1e11, 'usd'],
    ['연간 300억 달러', 3e10, 'usd'],
    ['100만 달러', 1e6, 'usd'],
    ['4.5기가와트', 4.5, 'gw'],
    ['20%', 20, 'percent'],
    ['20퍼센트', 20, 'percent'],
    ['2019년', 2019, 'count'],
    ['5월', 5, 'month'],
    ['6년간', 6, 'count'],
    ['2기', 2, 'count'],
    ['10K 보고서', 10, 'count'],
  ])('%s is %d %s', (text, value, unit) => {
    expect(values(koreanQuantities(text))).toEqual([{ value, unit }]);
  });

  test('keeps the words it read, for the error message', () => {
    expect(koreanQuantities('MS가 10억 달러(약 1조3800억 원)를 투자')).toEqual([
      { value: 1e9, unit: 'usd', text: '10억 달러' },
      { value: 1.38e12, unit: 'krw', text: '1조3800억 원' },
    ]);
  });

  test('reads a year and a month as two quantities', () => {
    expect(values(koreanQuantities('2024년 7월'))).toEqual([
      { value: 2024, unit: 'count' },
      { value: 7, unit: 'month' },
    ]);
  });

  test('text without digits has no quantities', () => {
    expect(koreanQuantities('수십억 달러 규모의 투자 계약, GPU 수십만 개')).toEqual([]);
  });

  // 천/백 before 만/억/조 multiply: "3천만 원" is 30 million won, not 3,000 and 10,000.
  test.each([
    ['3천만 원', 3e7, 'krw'],
    ['1억 2천만 원', 1.2e8, 'krw'],
    ['5천억 달러', 5e11, 'usd'],
  ])('compound scale %s is %d %s', (text, value, unit) => {
    expect(values(koreanQuantities(text))).toEqual([{ value, unit }]);
  });
});

describe('englishQuantities', () => {
  test.each([
    ['$1 billion', 1e9, 'usd'],
    ['$100 billion', 1e11, 'usd'],
    ['$30 billion', 3e10, 'usd'],
    ['$1.5 million', 1.5e6, 'usd'],
    ['1.38 trillion won', 1.38e12, 'krw'],
    ['55.3 trillion won', 55.3e12, 'krw'],
    ['27.65 trillion won', 27.65e12, 'krw'],
    ['KRW 1.38 trillion', 1.38e12, 'krw'],
    ['4.5 GW', 4.5, 'gw'],
    ['4.5 gigawatts', 4.5, 'gw'],
    ['20%', 20, 'percent'],
    ['20 percent', 20, 'percent'],
    ['2019', 2019, 'count'],
    ['May', 5, 'month'],
    ['six years', 6, 'count'],
    ['second', 2, 'count'],
    ['10-K', 10, 'count'],
  ])('%s is %d %s', (text, value, unit) => {
    expect(values(englishQuantities(text))).toEqual([{ value, unit }]);
  });

  test('"may" the verb is not a month', () => {
    expect(englishQuantities('OpenAI may declare AGI')).toEqual([]);
    expect(values(englishQuantities('In May, OpenAI may declare AGI'))).toEqual([{ value: 5, unit: 'month' }]);
  });

  test('keeps the words it read', () => {
    expect(englishQuantities('invested $1 billion (about 1.38 trillion won) in July 2024')).toEqual([
      { value: 1e9, unit: 'usd', text: '$1 billion' },
      { value: 1.38e12, unit: 'krw', text: '1.38 trillion won' },
      { value: 7, unit: 'month', text: 'July' },
      { value: 2024, unit: 'count', text: '2024' },
    ]);
  });

  test('English is the reader for "en"', () => {
    expect(quantityReaders.en).toBe(englishQuantities);
  });
});

describe('missingCounterparts', () => {
  test.each([
    ['10억 달러', '$1 billion'],
    ['1조3800억 원', '1.38 trillion won'],
    ['55조 3,000억 원', '55.3 trillion won'],
    ['27조 6,500억 원', '27.65 trillion won'],
    ['1,000억 달러', '$100 billion'],
    ['4.5기가와트', '4.5 GW'],
    ['4.5기가와트', '4.5 gigawatts'],
    ['20%', '20 percent'],
    ['2019년', 'in 2019'],
    ['지난 5월', 'last May'],
    ['6년간의 협력', 'six years of cooperation'],
    ['트럼프 행정부 2기', 'Trump’s second administration'],
    ['2024년 7월', 'July 2024'],
  ])('%s = %s', (korean, english) => {
    expect(missingCounterparts(korean, english)).toEqual([]);
  });

  test('a changed amount is reported, with the Korean words', () => {
    expect(missingCounterparts('MS가 10억 달러를 투자', 'Microsoft invested $2 billion')).toEqual([
      { value: 1e9, unit: 'usd', text: '10억 달러' },
    ]);
  });

  test('a dropped number is reported', () => {
    expect(values(missingCounterparts('2019년 MS가 10억 달러를 투자', 'Microsoft invested $1 billion'))).toEqual([
      { value: 2019, unit: 'count' },
    ]);
  });

  test('the same figure in another unit does not count', () => {
    expect(values(missingCounterparts('20%', '20 GW'))).toEqual([{ value: 20, unit: 'percent' }]);
  });

  test('"may" the verb does not stand in for 5월', () => {
    expect(values(missingCounterparts('5월', 'it may happen'))).toEqual([{ value: 5, unit: 'month' }]);
  });

  test('a number used twice needs two counterparts', () => {
    const korean = '매출 10억 달러, 투자 10억 달러';
    expect(values(missingCounterparts(korean, 'revenue of $1 billion and investment of $1 billion'))).toEqual([]);
    expect(missingCounterparts(korean, 'revenue and investment of $1 billion each')).toEqual([
      { value: 1e9, unit: 'usd', text: '10억 달러' },
    ]);
  });

  test('takes another language’s reader', () => {
    const reader = () => [{ value: 1e9, unit: 'usd' as const, text: '10億ドル' }];
    expect(missingCounterparts('10억 달러', 'whatever', reader)).toEqual([]);
  });
});

describe('every paragraph pair of the real content keeps its numbers', () => {
  const folder = new ContentFolder(projectRoot, realContent);
  const english = new Map(folder.sections('en').map((s) => [s.name, s]));
  const pairs = folder.sections('ko').flatMap((ko) =>
    ko.paragraphs.map((text, i) => ({
      label: `${ko.name} paragraph ${i + 1}`,
      ko: text,
      en: english.get(ko.name)?.paragraphs[i],
    })),
  );

  test('there are paragraphs to compare', () => {
    expect(pairs.length).toBeGreaterThan(10);
  });

  test.each(pairs)('$label', ({ ko, en }) => {
    expect(en, 'the English paragraph exists').toBeDefined();
    expect(missingCounterparts(stripMarkup(ko), stripMarkup(en!))).toEqual([]);
  });
});

describe('round magnitudes', () => {
  test.each([
    ['GPU 수십만 개', 1e5, 'count'],
    ['수십억 달러 규모', 1e9, 'usd'],
    ['수만 명', 1e4, 'count'],
    ['수천억 원', 1e11, 'krw'],
    ['수백 명', 100, 'count'],
  ])('Korean %s is %d %s', (text, value, unit) => {
    expect(values(koreanMagnitudes(text))).toEqual([{ value, unit }]);
  });

  test('수 inside a word is not a magnitude', () => {
    expect(koreanMagnitudes('수익 수준 인수 합병, 수십 년')).toEqual([{ value: 10, unit: 'count', text: '수십' }]);
  });

  test.each([
    ['hundreds of thousands of GPUs', 1e5, 'count'],
    ['tens of thousands of GPUs', 1e4, 'count'],
    ['a deal worth billions of dollars', 1e9, 'usd'],
    ['tens of billions of won', 1e10, 'krw'],
    ['Thousands of people', 1e3, 'count'],
  ])('English %s is %d %s', (text, value, unit) => {
    expect(values(englishMagnitudes(text))).toEqual([{ value, unit }]);
  });

  test('수십만 is hundreds of thousands, not tens of thousands', () => {
    const korean = koreanMagnitudes('GPU 수십만 개');
    expect(unmatched(korean, englishMagnitudes('hundreds of thousands of GPUs'))).toEqual([]);
    expect(unmatched(korean, englishMagnitudes('tens of thousands of GPUs'))).toEqual(korean);
    expect(magnitudeInWords(1e5)).toBe('hundreds of thousands');
  });
});

describe('extraQuantities', () => {
  test('a figure only the translation has is reported', () => {
    expect(values(extraQuantities('연간 300억 달러', '$30 billion a year, after $10 billion'))).toEqual([
      { value: 1e10, unit: 'usd' },
    ]);
  });

  test('a changed figure is reported in both directions', () => {
    expect(values(extraQuantities('연간 300억 달러', '$300 billion a year'))).toEqual([{ value: 3e11, unit: 'usd' }]);
    expect(values(missingCounterparts('연간 300억 달러', '$300 billion a year'))).toEqual([
      { value: 3e10, unit: 'usd' },
    ]);
  });

  test('counts spelled as words are English idiom, not figures', () => {
    expect(extraQuantities('양사가 처음으로', 'the two companies, for the first time')).toEqual([]);
  });

  test('a month the source does not give is reported', () => {
    expect(values(extraQuantities('지난달', 'last May'))).toEqual([{ value: 5, unit: 'month' }]);
  });
});
