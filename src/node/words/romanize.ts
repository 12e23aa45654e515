// The Revised Romanization of Korean (2000), as pronounced: es-hangul applies the rules of sound
// change (협력 hyeomnyeok, 독립 dongnip, 같이 gachi); the corrections below are where it departs
// from the rules, each with a test (tests/unit/words.test.ts).
import { romanize as romanizeHangul } from 'es-hangul';
import { bareWord } from './tokens.ts';

/**
 * Words of the article (as written, and dictionary forms) that es-hangul romanizes against the
 * rules: in nouns, ㅎ after ㄱ, ㄷ, ㅂ is written, not merged into an aspirate (rule 3.1, note 4:
 * 묵호 Mukho, 집현전 Jiphyeonjeon); in verbs it is merged (좋고 joko), as es-hangul does. And one
 * es-hangul gets wrong wherever it is met: a final ㄼ is read [ㅂ] in 밟다 (Standard Pronunciation,
 * article 10), not [ㄹ].
 */
export const ROMANIZATION_CORRECTIONS: Readonly<Record<string, string>> = {
  다각화: 'dagakhwa',
  역할: 'yeokhal',
  역할을: 'yeokhareul',
  밟다: 'bapda',
};

/** A written word or dictionary form in Latin letters; punctuation around it is left out. */
export function romanize(word: string): string {
  const bare = bareWord(word);
  return ROMANIZATION_CORRECTIONS[bare] ?? romanizeHangul(bare);
}
