// The word data, read once for the build: each sentence pair's Korean words in pieces and English
// tokens, with the romanization the reader sees, for the word cards (/data/words.ko-en.json), the
// aligners' files, the vocabulary deck and the e-book. The content checks have refused bad data
// before anything is built, so this only reads it.
import { ContentFolder } from '../node/content-files.ts';
import { contentDir } from '../node/content-dir.ts';
import { readWordFile, type WordSentence } from '../node/words/load.ts';
import { romanize } from '../node/words/romanize.ts';
import type { AlignedTokens } from '../node/formats/pharaoh.ts';
import type { CardPiece, CardToken, WordCardData } from '../shared/word-cards.ts';
import type { VocabularyEntry } from '../node/epub/book.ts';

let sentences: WordSentence[] | undefined;

/** Every sentence pair's words, in article order (the word files' order is the sections'). */
export function articleWords(): WordSentence[] {
  sentences ??= [...new ContentFolder(process.cwd(), contentDir()).dataFolder('words', '.yaml').values()].flatMap(
    (file) => {
      const read = readWordFile(file);
      if (read.problems.length) throw new Error(`${read.path}: ${read.problems[0]}`);
      return read.sentences;
    },
  );
  return sentences;
}

/** The sentence's tokens and links as aligners count them: Korean pieces, then English tokens. */
export function alignedTokens(sentence: WordSentence): AlignedTokens {
  const pieces = sentence.words.flatMap((w) => w.pieces);
  return {
    source: pieces.map((p) => p.text),
    target: sentence.tokens.map((t) => t.text),
    links: pieces.flatMap((p, i) => p.links.map((j): [number, number] => [i, j])),
  };
}

// 1: the first shape.
export const WORDS_VERSION = 1;

/** What the word cards read (its shape: src/shared/word-cards.ts). */
export function wordCardData(): WordCardData {
  return {
    version: WORDS_VERSION,
    sentences: Object.fromEntries(
      articleWords().map((s) => [
        s.id,
        {
          ko: s.words.map(({ word, pieces }) => [
            romanize(word),
            pieces.map((p): CardPiece => [p.text, p.base, romanize(p.base), p.pos, p.meaning, p.links]),
          ]),
          en: s.tokens.map((t): CardToken => [t.text, t.base, t.pos, t.meaning ?? '']),
        },
      ]),
    ),
  };
}

/** Parts of speech a section's vocabulary leaves out: what every sentence has, and grammar's endings. */
const GRAMMAR = new Set(['particle', 'ending', 'prefix', 'suffix', 'copula']);
const HANGUL = /\p{Script=Hangul}/u;

/**
 * By section id, the section's words in dictionary form, in the order it first uses them: the
 * content words, not particles and endings, nor names or words in Latin letters (a learner looks
 * up 협력, not 오픈AI or AGI).
 */
export function sectionVocabulary(): Record<string, VocabularyEntry[]> {
  const sections: Record<string, Map<string, VocabularyEntry>> = {};
  for (const sentence of articleWords()) {
    const section = sentence.id.replace(/-p\d+-s\d+$/, '');
    const words = (sections[section] ??= new Map());
    for (const piece of sentence.words.flatMap((w) => w.pieces)) {
      if (GRAMMAR.has(piece.pos) || piece.mark === 'name' || !HANGUL.test(piece.base)) continue;
      const key = `${piece.base}\t${piece.pos}`;
      const entry = words.get(key);
      if (!entry)
        words.set(key, { base: piece.base, roman: romanize(piece.base), pos: piece.pos, meanings: [piece.meaning] });
      else if (!entry.meanings.includes(piece.meaning)) entry.meanings.push(piece.meaning);
    }
  }
  return Object.fromEntries(Object.entries(sections).map(([id, words]) => [id, [...words.values()]]));
}

/**
 * The Korean vocabulary as Anki notes: one per dictionary form and part of speech, in the order
 * the article first uses it; the front is the dictionary form, the back its romanization, part of
 * speech, the meanings it has in the article, and the first sentence pair that uses it.
 */
export function vocabularyNotes(): {
  base: string;
  roman: string;
  pos: string;
  meanings: string[];
  example: WordSentence;
}[] {
  const notes = new Map<string, ReturnType<typeof vocabularyNotes>[number]>();
  for (const sentence of articleWords()) {
    for (const piece of sentence.words.flatMap((w) => w.pieces)) {
      const key = `${piece.base}\t${piece.pos}`;
      const note = notes.get(key);
      if (!note)
        notes.set(key, {
          base: piece.base,
          roman: romanize(piece.base),
          pos: piece.pos,
          meanings: [piece.meaning],
          example: sentence,
        });
      else if (!note.meanings.includes(piece.meaning)) note.meanings.push(piece.meaning);
    }
  }
  return [...notes.values()];
}
