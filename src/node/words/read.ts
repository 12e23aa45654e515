// Reads the short lists of a word file into pieces and tokens, naming the field an editor must fix.
import {
  englishPartsOfSpeech,
  koreanPartsOfSpeech,
  marks,
  type EnglishToken,
  type KoreanPiece,
  type WordEntry,
} from './schema.ts';

/** What the scaffold writes in every field still to fill. */
export const PLACEHOLDER = '__';

type Read<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined);
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => values.find((x) => x === v);

function unfilled(fields: unknown[]): string | undefined {
  return fields.some((f) => f === PLACEHOLDER) ? `still has "${PLACEHOLDER}" to fill in` : undefined;
}

export function readKoreanPiece(raw: unknown[]): Read<KoreanPiece> {
  const problem = unfilled(raw);
  if (problem) return { problem };
  if (raw.length === 4)
    return {
      problem:
        'says neither which English tokens say it ([3] or [3, 4]: 0-based) nor none (it says nothing in English)',
    };
  if (raw.length < 5 || raw.length > 6)
    return {
      problem: `has ${raw.length} fields; a piece is [as written, dictionary form, part of speech, meaning, English tokens or none, mark?]`,
    };
  const [written, base, pos, meaning, links, mark] = raw;
  if (!text(written) || !text(base) || !text(meaning)) return { problem: 'has an empty field' };
  const partOfSpeech = oneOf(koreanPartsOfSpeech, pos);
  if (!partOfSpeech)
    return { problem: `part of speech "${String(pos)}" is none of: ${koreanPartsOfSpeech.join(', ')}` };
  if (mark !== undefined && !oneOf(marks, mark))
    return { problem: `mark ${JSON.stringify(mark)} is none of: ${marks.join(', ')}` };
  let indexes: number[];
  if (links === 'none') indexes = [];
  else if (Array.isArray(links) && links.length > 0 && links.every((i) => Number.isInteger(i) && i >= 0))
    indexes = links as number[];
  else
    return {
      problem:
        'says neither which English tokens say it ([3] or [3, 4]: 0-based) nor none (it says nothing in English)',
    };
  return {
    value: {
      text: text(written)!,
      base: text(base)!,
      pos: partOfSpeech,
      meaning: text(meaning)!,
      links: indexes,
      ...(mark ? { mark: mark as KoreanPiece['mark'] } : {}),
    },
  };
}

export function readEnglishToken(raw: unknown[]): Read<EnglishToken> {
  const problem = unfilled(raw);
  if (problem) return { problem };
  if (raw.length !== 4)
    return {
      problem: `has ${raw.length} fields; a token is [as written, dictionary form, part of speech, meaning or none]`,
    };
  const [written, base, pos, meaning] = raw;
  if (!text(written) || !text(base) || !text(meaning)) return { problem: 'has an empty field' };
  const partOfSpeech = oneOf(englishPartsOfSpeech, pos);
  if (!partOfSpeech)
    return { problem: `part of speech "${String(pos)}" is none of: ${englishPartsOfSpeech.join(', ')}` };
  return {
    value: {
      text: text(written)!,
      base: text(base)!,
      pos: partOfSpeech,
      ...(meaning === 'none' ? {} : { meaning: text(meaning)! }),
    },
  };
}

/** The entry's written words: the word as written, with its raw pieces. */
export const koreanWordsOf = (entry: WordEntry) =>
  entry['ko words'].map((w) => {
    const [word, pieces] = Object.entries(w)[0]!;
    return { word, pieces };
  });
