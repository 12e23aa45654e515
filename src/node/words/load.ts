// A word file read into its sentence entries, each with its Korean words, their pieces and the
// English tokens: the one reading that the content checks and the build share.
import type { DataFile } from '../content-files.ts';
import { describeIssues } from '../schemas.ts';
import { koreanWordsOf, readEnglishToken, readKoreanPiece } from './read.ts';
import { wordFileSchema, type EnglishToken, type KoreanPiece } from './schema.ts';

export interface WordSentence {
  id: string;
  /** The sentences the entry was written for, as it records them. */
  ko: string;
  en: string;
  words: { word: string; pieces: KoreanPiece[] }[];
  tokens: EnglishToken[];
  /** Set when a field of the entry could not be read: its words are checked no further. */
  unread?: true;
}

export interface WordFile {
  path: string;
  sentences: WordSentence[];
  /** What is wrong with the file's fields, each naming the sentence and the word. */
  problems: string[];
}

export function readWordFile(file: DataFile): WordFile {
  if (file.error) return { path: file.path, sentences: [], problems: [file.error] };
  const parsed = wordFileSchema.safeParse(file.data ?? []);
  if (!parsed.success) return { path: file.path, sentences: [], problems: describeIssues(parsed.error) };
  const problems: string[] = [];
  const sentences = parsed.data.map((entry): WordSentence => {
    const before = problems.length;
    const words = koreanWordsOf(entry).map(({ word, pieces }, w) => ({
      word,
      pieces: pieces.flatMap((raw, p) => {
        const read = Array.isArray(raw) ? readKoreanPiece(raw) : { problem: 'is not a [list]' };
        if (read.problem) problems.push(`${entry.id}: Korean word ${w + 1} "${word}", piece ${p + 1} ${read.problem}`);
        return read.value ? [read.value] : [];
      }),
    }));
    const tokens = entry['en words'].flatMap((raw, t) => {
      const read = readEnglishToken(raw);
      if (read.problem) problems.push(`${entry.id}: English token ${t} "${String(raw[0])}" ${read.problem}`);
      return read.value ? [read.value] : [];
    });
    const unread = problems.length > before ? { unread: true as const } : {};
    return { id: entry.id, ko: entry.ko, en: entry.en, words, tokens, ...unread };
  });
  return { path: file.path, sentences, problems };
}
