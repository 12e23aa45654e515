// How a sentence divides into written words and tokens. A written word is what lies between two
// spaces (어절 in Korean, punctuation included); a token is a piece of a word that the word data
// describes. Tokens must hold every letter and digit of their sentence, in order: what lies
// between two tokens is spaces and punctuation only.

/** The sentence's written words, split at spaces. */
export const writtenWords = (sentence: string): string[] => sentence.split(/\s+/).filter(Boolean);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EDGE = /^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu;

/** A written word without the punctuation around it: the one token an unsplit word is. */
export const bareWord = (word: string): string => word.replace(EDGE, '');

/**
 * Where `tokens` fail to spell `text` in order, leaving only spaces and punctuation between them:
 * undefined when they spell it, else a description of the first place they do not, naming a
 * token by `name` (its index from 0 by default).
 */
export function spellingProblem(
  text: string,
  tokens: readonly string[],
  name = (i: number) => `token ${i}`,
): string | undefined {
  let at = 0;
  for (const [i, token] of tokens.entries()) {
    if (token === '') return `${name(i)} is empty`;
    if (/\s/.test(token)) return `${name(i)} "${token}" holds a space: it must be part of one written word`;
    const found = text.indexOf(token, at);
    const skipped = found < 0 ? '' : text.slice(at, found);
    if (found < 0 || LETTER_OR_DIGIT.test(skipped)) {
      const next = text.slice(at).match(/[\p{L}\p{N}][^\s]*/u)?.[0] ?? '(the end of the sentence)';
      return `${name(i)} "${token}" is not what the text says next ("${next}")`;
    }
    at = found + token.length;
  }
  const rest = text.slice(at);
  if (LETTER_OR_DIGIT.test(rest)) return `they stop before "${rest.trim()}"`;
  return undefined;
}
