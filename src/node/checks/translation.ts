// Each translation says what its original says: every figure both ways, the same round
// magnitudes, and sentence N of a paragraph translating sentence N.
import { stripMarkup } from '../paragraphs.ts';
import {
  extraQuantities,
  koreanMagnitudes,
  magnitudeInWords,
  magnitudeReaders,
  missingCounterparts,
  quantityReaders,
  unmatched,
} from '../numbers.ts';
import { BREAK_MARKER, readSentences, type Sentence } from '../sentences.ts';
import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import { sectionPairs, translationLocales, type Content } from './content.ts';
import type { Problem } from './problem.ts';

/** Paragraph pairs of each translation with its original, markup stripped. */
function* paragraphPairs(content: Content) {
  for (const { locale, original, translated } of sectionPairs(content)) {
    const pairs = Math.min(original.paragraphs.length, translated.paragraphs.length);
    for (let i = 0; i < pairs; i++) {
      yield {
        locale,
        original,
        translated,
        index: i,
        source: stripMarkup(original.paragraphs[i]!),
        translation: stripMarkup(translated.paragraphs[i]!),
      };
    }
  }
}

/** Every amount, percentage, capacity, year, month and count of the original is in the translation. */
export function checkNumbers(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { locale, translated } of sectionPairs(content)) {
    if (!quantityReaders[locale])
      problems.push({
        file: translated.path,
        message: `no number reader for "${locale}" in src/node/numbers.ts, so its figures cannot be checked`,
      });
  }
  for (const { locale, original, translated, index, source, translation } of paragraphPairs(content)) {
    const read = quantityReaders[locale];
    if (!read) continue;
    for (const q of missingCounterparts(source, translation, read)) {
      problems.push({
        file: translated.path,
        message: `paragraph ${index + 1} has no counterpart for "${q.text}" (${q.value.toLocaleString('en')} ${q.unit}) of ${original.path}`,
      });
    }
  }
  return problems;
}

/** The other direction of checkNumbers: every figure of the translation is in the original. */
export function checkTranslationFigures(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { locale, original, translated, index, source, translation } of paragraphPairs(content)) {
    const read = quantityReaders[locale];
    if (!read) continue; // checkNumbers reports the missing reader
    for (const q of extraQuantities(source, translation, read)) {
      problems.push({
        file: translated.path,
        message: `paragraph ${index + 1} has "${q.text}" (${q.value.toLocaleString('en')} ${q.unit}), which paragraph ${index + 1} of ${original.path} does not give: correct it to the source's figure or remove it (context goes in an editor's note)`,
      });
    }
  }
  return problems;
}

/** Round magnitudes agree both ways: 수십만 is "hundreds of thousands", never "tens of thousands". */
export function checkMagnitudes(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const { locale, original, translated, index, source, translation } of paragraphPairs(content)) {
    const read = magnitudeReaders[locale];
    if (!read) continue;
    const korean = koreanMagnitudes(source);
    const translatedMagnitudes = read(translation);
    for (const q of unmatched(korean, translatedMagnitudes)) {
      problems.push({
        file: translated.path,
        message: `paragraph ${index + 1} has no counterpart for "${q.text}" (${magnitudeInWords(q.value)}) of ${original.path}`,
      });
    }
    for (const q of unmatched(translatedMagnitudes, korean)) {
      problems.push({
        file: translated.path,
        message: `paragraph ${index + 1} says "${q.text}", which paragraph ${index + 1} of ${original.path} does not say: give the source's magnitude`,
      });
    }
  }
  return problems;
}

/**
 * Sentence N of a translated paragraph translates sentence N of the original, so both have the
 * same number; and an editor's sentence markers each change something.
 */
export function checkSentences({ sections }: Content): Problem[] {
  const problems: Problem[] = [];
  const read = {} as Record<Locale, Map<string, { path: string; sentences: Sentence[][] }>>;
  for (const locale of locales) {
    read[locale] = new Map();
    for (const s of sections[locale]) {
      const readings = s.paragraphs.map((p) => readSentences(p, locale));
      for (const [i, r] of readings.entries()) {
        for (const message of r.problems) problems.push({ file: s.path, message: `paragraph ${i + 1}: ${message}` });
      }
      read[locale].set(s.name, { path: s.path, sentences: readings.map((r) => r.sentences) });
    }
  }
  for (const locale of translationLocales) {
    for (const [name, original] of read[sourceLocale]) {
      const translated = read[locale].get(name);
      if (!translated) continue;
      const pairs = Math.min(original.sentences.length, translated.sentences.length);
      for (let i = 0; i < pairs; i++) {
        const [ours, theirs] = [translated.sentences[i]!, original.sentences[i]!];
        if (ours.length === theirs.length) continue;
        problems.push({
          file: translated.path,
          message:
            `paragraph ${i + 1} has ${ours.length} sentence(s), but paragraph ${i + 1} of ${original.path} has ${theirs.length}: ` +
            `sentence N must translate sentence N (a sentence dropped, merged or added, or a wrong ${BREAK_MARKER}?). Side by side:\n` +
            sideBySide({ [sourceLocale]: theirs, [locale]: ours }),
        });
      }
    }
  }
  return problems;
}

/** Sentence 1 of each language, then sentence 2, …: where they stop matching is where to look. */
function sideBySide(sentences: Record<string, Sentence[]>): string {
  const longest = Math.max(...Object.values(sentences).map((s) => s.length));
  const lines: string[] = [];
  for (let n = 0; n < longest; n++) {
    for (const [locale, list] of Object.entries(sentences)) {
      const s = list[n];
      lines.push(`      ${locale} ${n + 1}: ${s ? `${s.manual ? '(after a manual break) ' : ''}${s.text}` : '—'}`);
    }
  }
  return lines.join('\n');
}
