// The shape of the word cards' data (/data/words.ko-en.json): what the build writes
// (src/data/words.ts) and the cards read (src/scripts/word-cards.ts). Lists rather than objects,
// as the file is fetched at a reader's first tap.

/** A Korean piece: [as written, dictionary form, its romanization, part of speech, meaning here, English token indexes]. */
export type CardPiece = [string, string, string, string, string, number[]];
/** A Korean written word: [its romanization, its pieces]. */
export type CardWord = [string, CardPiece[]];
/** An English token: [as written, dictionary form, part of speech, meaning here or ""]. */
export type CardToken = [string, string, string, string];

export interface CardSentence {
  ko: CardWord[];
  en: CardToken[];
}

export interface WordCardData {
  version: number;
  /** By sentence anchor. */
  sentences: Record<string, CardSentence>;
}
