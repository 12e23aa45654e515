// The shape of a word file (content/words/<section file>.yaml): one entry per sentence pair, its
// Korean written words split into pieces and its English tokens, each with what it means here.
// Pieces and tokens are short lists rather than objects so that a sentence reads as a table.
import { z } from 'astro/zod';

/** Korean parts of speech, as Korean school grammar names them (품사, plus endings and affixes). */
export const koreanPartsOfSpeech = [
  'noun',
  'bound noun',
  'pronoun',
  'numeral',
  'verb',
  'auxiliary verb',
  'adjective',
  'auxiliary adjective',
  'copula',
  'determiner',
  'adverb',
  'particle',
  'ending',
  'prefix',
  'suffix',
  'interjection',
] as const;

export const englishPartsOfSpeech = [
  'noun',
  'pronoun',
  'numeral',
  'verb',
  'auxiliary verb',
  'adjective',
  'adverb',
  'determiner',
  'preposition',
  'conjunction',
  'particle',
  'interjection',
] as const;

/** What exempts a dictionary form from the Korean dictionary: words no dictionary lists. */
export const marks = ['name', 'loanword', 'abbreviation'] as const;

/** Korean parts of speech whose dictionary forms a Korean dictionary lists. */
export const dictionaryPartsOfSpeech: ReadonlySet<string> = new Set([
  'noun',
  'bound noun',
  'verb',
  'auxiliary verb',
  'adjective',
  'auxiliary adjective',
  'adverb',
]);

/** English parts of speech whose tokens must say what they mean in Korean. */
export const contentPartsOfSpeech: ReadonlySet<string> = new Set(['noun', 'numeral', 'verb', 'adjective', 'adverb']);

/** A Korean piece: [as written, dictionary form, part of speech, meaning here in English,
    the English tokens it says (0-based indexes) or none, and a mark where no dictionary lists it]. */
export interface KoreanPiece {
  text: string;
  base: string;
  pos: (typeof koreanPartsOfSpeech)[number];
  meaning: string;
  links: number[];
  mark?: (typeof marks)[number];
}

/** An English token: [as written, dictionary form, part of speech, meaning here in Korean or none]. */
export interface EnglishToken {
  text: string;
  base: string;
  pos: (typeof englishPartsOfSpeech)[number];
  meaning?: string;
}

// The lists are read by hand (./read.ts) rather than by zod tuples, so that a wrong field is
// named by the word and the field an editor must fix, not by a union's alternatives.
const list = z.array(z.unknown());

/** One written word: `- <word as written>:` with its list of pieces. */
const koreanWord = z
  .record(z.string(), list)
  .refine((w) => Object.keys(w).length === 1, 'a written word is one "<word>:" followed by its list of pieces');

export const wordEntrySchema = z.object({
  id: z.string().min(1),
  ko: z.string(),
  en: z.string(),
  'ko words': z.array(koreanWord).min(1),
  'en words': z.array(list).min(1),
});

export const wordFileSchema = z.array(wordEntrySchema);

export type WordEntry = z.infer<typeof wordEntrySchema>;
