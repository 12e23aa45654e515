// Sentences: what Intl.Segmenter finds, the abbreviations that end no sentence, and the markers an
// editor writes where the segmenter is still wrong.
import { describe, expect, test } from 'vitest';
import { readSentences, splitSentences } from '../../src/node/sentences.ts';
import { stripMarkup } from '../../src/node/paragraphs.ts';

describe('splitSentences', () => {
  test('Korean sentences end at their full stops, decimals included', () => {
    expect(
      splitSentences(
        '오픈AI는 <Term id="gigawatt">4.5기가와트</Term> 규모를 계약했습니다. 이는 GPU 수십만 개를 구동하는 규모예요.',
        'ko',
      ),
    ).toEqual(['오픈AI는 4.5기가와트 규모를 계약했습니다.', '이는 GPU 수십만 개를 구동하는 규모예요.']);
  });

  test('"U.S." ends no sentence, a full stop after it still can', () => {
    expect(splitSentences('The U.S. FTC is investigating. The UK is too.', 'en')).toEqual([
      'The U.S. FTC is investigating.',
      'The UK is too.',
    ]);
    expect(splitSentences('It filed in the U.S. Then it left.', 'en')).toEqual(['It filed in the U.S. Then it left.']);
  });

  test('an abbreviation must be a word of its own: "BUS." is not "U.S."', () => {
    expect(splitSentences('They took the BUS. Then they walked.', 'en')).toEqual([
      'They took the BUS.',
      'Then they walked.',
    ]);
  });

  test('a break marker ends a sentence where the segmenter does not, and says so', () => {
    const { sentences, problems } = readSentences('It filed in the U.S.{/* break */} Then it left.', 'en');
    expect(sentences).toEqual([{ text: 'It filed in the U.S.' }, { text: 'Then it left.', manual: true }]);
    expect(problems).toEqual([]);
  });

  test('a no-break marker joins two sentences, with or without a space before it', () => {
    expect(splitSentences('Ask Gen. {/* no break */}Smith. He knows.', 'en')).toEqual(['Ask Gen. Smith.', 'He knows.']);
    expect(splitSentences('Ask Gen.{/*no break*/} Smith. He knows.', 'en')).toEqual(['Ask Gen. Smith.', 'He knows.']);
  });

  test('an empty paragraph has no sentences', () => {
    expect(splitSentences('', 'en')).toEqual([]);
  });
});

describe('readSentences problems', () => {
  test('a marker that changes nothing is reported', () => {
    expect(readSentences('One.{/* break */} Two.', 'en').problems).toEqual([
      '{/* break */} where a sentence ends already: "One.{/* break */} Two."',
    ]);
    expect(readSentences('One{/* no break */} two.', 'en').problems).toEqual([
      '{/* no break */} where no sentence ends: "One{/* no break */} two."',
    ]);
    expect(readSentences('One two.{/* break */}', 'en').problems).toHaveLength(1);
  });

  test('a sentence that ends inside a term is reported', () => {
    expect(readSentences('A <Term id="x">b. C</Term> d.', 'en').problems).toEqual([
      'a sentence ends inside <Term id="x">b. C</Term>: a term cannot span two sentences',
    ]);
  });
});

test('the markers are markup: a reader never sees them', () => {
  expect(stripMarkup('두 회사의 관계를{/* break */} 짚어보죠. MS{/* no break */}는')).toBe(
    '두 회사의 관계를 짚어보죠. MS는',
  );
});
