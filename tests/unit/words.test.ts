// The word layer's pieces that need no build: romanization and its corrections, how tokens must
// spell a sentence, and the aligners' formats (the vocabulary deck is read as Anki reads it in
// built/aligned-files.test.ts).
import { romanize as esHangul } from 'es-hangul';
import { describe, expect, test } from 'vitest';
import { ROMANIZATION_CORRECTIONS, romanize } from '../../src/node/words/romanize.ts';
import { bareWord, spellingProblem, writtenWords } from '../../src/node/words/tokens.ts';
import { toPharaoh, toTokensFile } from '../../src/node/formats/pharaoh.ts';

describe('romanization (Revised Romanization of Korean, 2000)', () => {
  test.each([
    ['협력', 'hyeomnyeok'],
    ['독립', 'dongnip'],
    ['같이', 'gachi'],
    ['선택하다', 'seontaekada'],
    ['않았었죠', 'anasseotjyo'],
    ['5월,', '5wol'],
  ])('%s is %s, with the rules of sound change', (word, expected) => {
    expect(romanize(word)).toBe(expected);
  });

  test.each([
    ['다각화', 'dagakhwa'],
    ['역할', 'yeokhal'],
    ['역할을', 'yeokhareul'],
    ['밟다', 'bapda'],
  ])('%s is %s: corrected, as es-hangul departs from the rules there', (word, expected) => {
    expect(romanize(word)).toBe(expected);
    // A correction es-hangul no longer needs is one to delete.
    expect(esHangul(word)).not.toBe(expected);
  });

  test('every correction is tested above', () => {
    expect(Object.keys(ROMANIZATION_CORRECTIONS).sort()).toEqual(['다각화', '밟다', '역할', '역할을'].sort());
  });
});

describe('tokens spell their sentence', () => {
  const sentence = '애저(Azure)가 ‘거래 파기 요인’으로 10-K에서 49%를 밝혔다.';

  test('written words keep their punctuation; a bare word has none around it', () => {
    expect(writtenWords(sentence)).toEqual([
      '애저(Azure)가',
      '‘거래',
      '파기',
      '요인’으로',
      '10-K에서',
      '49%를',
      '밝혔다.',
    ]);
    expect(['‘거래', '요인’으로', '밝혔다.', '$10', '49%,'].map(bareWord)).toEqual([
      '거래',
      '요인’으로',
      '밝혔다',
      '$10',
      '49%',
    ]);
  });

  test('pieces may leave out punctuation between them, never a letter or digit', () => {
    const tokens = ['애저', 'Azure', '가', '거래', '파기', '요인', '으로', '10-K', '에서', '49%', '를', '밝혔다'];
    expect(spellingProblem(sentence, tokens)).toBeUndefined();
    expect(
      spellingProblem(
        sentence,
        tokens.filter((t) => t !== 'Azure'),
      ),
    ).toBe('token 1 "가" is not what the text says next ("Azure)가")');
    expect(spellingProblem(sentence, tokens.slice(0, -1))).toBe('they stop before "밝혔다."');
    expect(spellingProblem(sentence, ['애저 Azure'], (i) => `piece ${i + 1}`)).toBe(
      'piece 1 "애저 Azure" holds a space: it must be part of one written word',
    );
  });
});

describe("aligners' formats", () => {
  const pair = {
    source: ['손', '을', '잡', '았습니다'],
    target: ['joined', 'hands'],
    links: [
      [2, 0],
      [0, 1],
      [0, 0],
      [3, 0],
      [2, 1],
    ] as [number, number][],
  };

  test('tokens: source, " ||| ", target; Pharaoh: i-j links, sorted', () => {
    expect(toTokensFile([pair])).toBe('손 을 잡 았습니다 ||| joined hands\n');
    expect(toPharaoh([pair])).toBe('0-0 0-1 2-0 2-1 3-0\n');
    expect(toPharaoh([{ ...pair, links: [] }])).toBe('\n');
  });

  test('refuses what the formats cannot say', () => {
    expect(() => toTokensFile([{ ...pair, target: ['joined hands'] }])).toThrow('line 1: the token "joined hands"');
    expect(() => toPharaoh([{ ...pair, links: [[4, 0]] }])).toThrow('line 1: the link 4-0 is out of range');
  });
});
