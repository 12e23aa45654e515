// The word data describes the article's sentences word by word: every written word split into
// pieces that spell it, each piece with a dictionary form a dictionary knows, links to English
// tokens that exist, and an entry for every sentence pair that matches the sentences as they are.
import type { KoreanDictionary } from '../words/dictionary.ts';
import { readWordFile, type WordFile } from '../words/load.ts';
import { dictionaryPartsOfSpeech, contentPartsOfSpeech } from '../words/schema.ts';
import { sentencePairsByFile, type SentencePair } from '../words/sentences.ts';
import { spellingProblem, writtenWords } from '../words/tokens.ts';
import { sourceLocale } from '../../i18n/locales.ts';
import type { Content } from './content.ts';
import type { Problem } from './problem.ts';

export type WordCheck = (content: Content, dictionary: KoreanDictionary) => Problem[];

const NEW_ENTRIES = 'npm run words:scaffold adds an entry to fill in for each sentence that has none';

/** Each section's word file read, beside the sentence pairs it must describe. */
function wordFiles(content: Content): { name: string; file: WordFile | undefined; pairs: SentencePair[] }[] {
  const pairs = sentencePairsByFile(content.files[sourceLocale], content.files.en);
  const names = new Set([...pairs.keys(), ...content.words.keys()]);
  return [...names].sort().map((name) => {
    const data = content.words.get(name);
    return { name, file: data && readWordFile(data), pairs: pairs.get(name) ?? [] };
  });
}

/** The entries whose every field could be read: the ones the checks of their words look at. */
const readSentencesOf = (file: WordFile | undefined) => (file?.sentences ?? []).filter((s) => !s.unread);

const wordsPath = (content: Content, name: string) => content.folder.rel(`${content.folder.dir}/words/${name}.yaml`);

/** Every section has a word file, every word file a section, and every field is filled in and well formed. */
export function checkWordFields(content: Content): Problem[] {
  return wordFiles(content).flatMap(({ name, file, pairs }) => {
    if (!file)
      return [
        {
          file: wordsPath(content, name),
          message: `is missing: the section's sentences have no word data (${NEW_ENTRIES})`,
        },
      ];
    if (pairs.length === 0)
      return [{ file: file.path, message: `describes no section: there is no article/${sourceLocale}/${name}.mdx` }];
    return file.problems.map((message) => ({ file: file.path, message }));
  });
}

/** One entry per sentence pair, in article order, recording the sentences as they now read. */
export function checkWordSentences(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { file, pairs } of wordFiles(content)) {
    if (!file || pairs.length === 0) continue;
    const report = (message: string) => problems.push({ file: file.path, message });
    const byId = new Map(pairs.map((p) => [p.id, p]));
    const seen = new Set<string>();
    for (const entry of file.sentences) {
      const pair = byId.get(entry.id);
      if (seen.has(entry.id)) report(`${entry.id} has two entries`);
      seen.add(entry.id);
      if (!pair) report(`${entry.id} is stale: the article has no such sentence any more; remove its entry`);
      else {
        for (const lang of ['ko', 'en'] as const) {
          if (entry[lang] !== pair[lang])
            report(
              `${entry.id} is stale: its words were written for the ${lang} sentence "${entry[lang]}", which now reads "${pair[lang]}"; check its words and links, then record the new sentence`,
            );
        }
      }
    }
    const missing = pairs.filter((p) => !seen.has(p.id)).map((p) => p.id);
    if (missing.length) report(`has no entry for ${missing.join(', ')} (${NEW_ENTRIES})`);
    const order = file.sentences.map((e) => e.id).filter((id) => byId.has(id));
    const expected = pairs.map((p) => p.id).filter((id) => seen.has(id));
    if (order.join() !== expected.join()) report(`entries are not in the article's order: ${expected.join(', ')}`);
  }
  return problems;
}

/** The Korean words are the sentence's written words, their pieces spell them, and the English tokens spell the translation. */
export function checkWordSpelling(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { file } of wordFiles(content)) {
    for (const entry of readSentencesOf(file)) {
      const report = (message: string) => problems.push({ file: file!.path, message: `${entry.id}: ${message}` });
      const written = writtenWords(entry.ko);
      if (written.length !== entry.words.length || written.some((w, i) => w !== entry.words[i]!.word)) {
        const at = written.findIndex((w, i) => w !== entry.words[i]?.word);
        report(
          `Korean word ${at + 1} is "${entry.words[at]?.word ?? '(none)'}" where the sentence has "${written[at] ?? '(none)'}": list its written words in order, each as written`,
        );
        continue;
      }
      entry.words.forEach(({ word, pieces }, w) => {
        const problem = spellingProblem(
          word,
          pieces.map((p) => p.text),
          (i) => `piece ${i + 1}`,
        );
        if (problem) report(`Korean word ${w + 1} "${word}": ${problem}`);
      });
      const problem = spellingProblem(
        entry.en,
        entry.tokens.map((t) => t.text),
      );
      if (problem) report(`English tokens: ${problem}`);
    }
  }
  return problems;
}

/** Every link names an English token of its sentence; every English content word says what it means. */
export function checkWordLinks(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { file } of wordFiles(content)) {
    for (const entry of readSentencesOf(file)) {
      const report = (message: string) => problems.push({ file: file!.path, message: `${entry.id}: ${message}` });
      entry.words.forEach(({ word, pieces }, w) =>
        pieces.forEach((piece, p) => {
          const out = piece.links.filter((i) => i >= entry.tokens.length);
          if (out.length)
            report(
              `Korean word ${w + 1} "${word}", piece ${p + 1} "${piece.text}" links to token ${out.join(', ')}, but the English tokens are 0 to ${entry.tokens.length - 1}`,
            );
        }),
      );
      entry.tokens.forEach((token, t) => {
        if (!token.meaning && contentPartsOfSpeech.has(token.pos))
          report(`English token ${t} "${token.text}" is a ${token.pos} and says none: give its meaning here in Korean`);
      });
    }
  }
  return problems;
}

/** Dictionary forms of Korean nouns, verbs, adjectives and adverbs that the Korean dictionary knows. */
export function checkDictionaryForms(content: Content, dictionary: KoreanDictionary): Problem[] {
  const problems: Problem[] = [];
  for (const { file } of wordFiles(content)) {
    for (const entry of readSentencesOf(file)) {
      entry.words.forEach(({ word, pieces }, w) =>
        pieces.forEach((piece) => {
          if (!dictionaryPartsOfSpeech.has(piece.pos) || piece.mark || dictionary.knows(piece.base)) return;
          problems.push({
            file: file!.path,
            message: `${entry.id}: Korean word ${w + 1} "${word}": the dictionary knows no ${piece.pos} "${piece.base}"; write its dictionary form, or mark it name, loanword or abbreviation`,
          });
        }),
      );
    }
  }
  return problems;
}

/** The word checks, run once the sentences they describe have passed theirs. */
export const wordChecks: WordCheck[] = [
  checkWordFields,
  checkWordSentences,
  checkWordSpelling,
  checkWordLinks,
  checkDictionaryForms,
];
