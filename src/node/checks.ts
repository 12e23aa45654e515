// The invariants the build enforces on content. Each problem names the file and what is wrong,
// in words an editor or translator can act on without reading code.
import { ContentFolder, type SectionFile } from './content-files.ts';
import { malformedTags, notPlainText, stripMarkup, termIdsIn, termsIn } from './paragraphs.ts';
import {
  extraQuantities, koreanMagnitudes, magnitudeInWords, magnitudeReaders, missingCounterparts, quantityReaders, unmatched,
} from './numbers.ts';
import {
  articleMetaSchema, describeIssues, figureSchema, glossarySchema, sectionSchema, timelineSchema,
  type Section,
} from './schemas.ts';
import { BREAK_MARKER, readSentences, type Sentence } from './sentences.ts';
import { localeEnglishNames, locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  message: string;
}

export interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
}

export const formatProblem = (p: Problem) => `${p.file}: ${p.message}`;

const translationLocales = locales.filter((l) => l !== sourceLocale);

/** A section file whose frontmatter passed the schema. */
interface CheckedSection extends SectionFile {
  meta: Section;
}

export function checkContent(folder: ContentFolder): CheckResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sections = readSections(folder, errors);
  const fileNames = Object.fromEntries(locales.map((l) => [l, new Set(folder.sections(l).map((f) => f.name))])) as Record<Locale, Set<string>>;
  errors.push(...checkAlignment(sections, fileNames));
  errors.push(...checkSource(folder, sections[sourceLocale]));
  errors.push(...checkNumbers(sections));
  errors.push(...checkTranslationFigures(sections));
  errors.push(...checkMagnitudes(sections));
  errors.push(...checkPlainText(sections));
  errors.push(...checkTermForms(folder, sections));
  errors.push(...checkSentences(sections));
  const glossaryIds = checkGlossary(folder, errors);
  const used = checkTermReferences(sections, glossaryIds, errors);
  for (const id of glossaryIds) {
    if (!used.has(id)) warnings.push({ file: folder.rel(`${folder.dir}/glossary/${id}.yaml`), message: `glossary term "${id}" is not used by any section` });
  }
  const sectionIds = new Set(sections[sourceLocale].map((s) => s.meta.section));
  errors.push(...checkSectionLinks(folder, 'timeline.yaml', timelineSchema, sectionIds, 'event'));
  errors.push(...checkChronology(folder));
  errors.push(...checkSectionLinks(folder, 'figures.yaml', figureSchema, sectionIds, 'figure'));
  errors.push(...checkMeta(folder));
  errors.push(...checkInterfaceStrings(folder));
  return { errors, warnings };
}

function readSections(folder: ContentFolder, errors: Problem[]): Record<Locale, CheckedSection[]> {
  const result = {} as Record<Locale, CheckedSection[]>;
  for (const locale of locales) {
    const files = folder.sections(locale);
    if (files.length === 0) errors.push({ file: folder.rel(`${folder.dir}/article/${locale}`), message: `no ${localeEnglishNames[locale]} sections (.mdx files) found` });
    result[locale] = [];
    for (const file of files) {
      if (file.frontmatterError) {
        errors.push({ file: file.path, message: file.frontmatterError });
        continue;
      }
      const parsed = sectionSchema.safeParse(file.frontmatter);
      if (!parsed.success) {
        for (const issue of describeIssues(parsed.error)) errors.push({ file: file.path, message: `frontmatter: ${issue}` });
        continue;
      }
      for (const [index, paragraph] of file.paragraphs.entries()) {
        for (const tag of malformedTags(paragraph)) {
          errors.push({ file: file.path, message: `paragraph ${index + 1}: unexpected markup ${tag} (only <Term id="…">…</Term> is allowed)` });
        }
      }
      result[locale].push({ ...file, meta: parsed.data });
    }
    for (const [key, label] of [['section', 'section id'], ['order', 'order']] as const) {
      const seen = new Map<unknown, string>();
      for (const s of result[locale]) {
        const other = seen.get(s.meta[key]);
        if (other) errors.push({ file: s.path, message: `${label} ${JSON.stringify(s.meta[key])} is also used by ${other}` });
        seen.set(s.meta[key], s.path);
      }
    }
  }
  return result;
}

/** Same file names, same ids, same order and the same number of paragraphs in every language. */
function checkAlignment(sections: Record<Locale, CheckedSection[]>, fileNames: Record<Locale, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  const source = sections[sourceLocale];
  for (const locale of translationLocales) {
    const byName = new Map(sections[locale].map((s) => [s.name, s]));
    const sourceNames = new Set(source.map((s) => s.name));
    for (const original of source) {
      const translated = byName.get(original.name);
      const expected = original.path.replace(`/article/${sourceLocale}/`, `/article/${locale}/`);
      if (!translated) {
        // A file whose frontmatter failed is already reported; it is not missing.
        if (fileNames[locale].has(original.name)) continue;
        problems.push({ file: expected, message: `missing: ${original.path} has no ${localeEnglishNames[locale]} translation (a section needs the same file name in both languages)` });
        continue;
      }
      if (translated.meta.section !== original.meta.section) {
        problems.push({ file: translated.path, message: `section id "${translated.meta.section}" differs from "${original.meta.section}" in ${original.path}` });
      }
      if (translated.meta.order !== original.meta.order) {
        problems.push({ file: translated.path, message: `order ${translated.meta.order} differs from order ${original.meta.order} in ${original.path}: the sections would appear in a different order` });
      }
      if (translated.paragraphs.length !== original.paragraphs.length) {
        problems.push({
          file: translated.path,
          message: `${translated.paragraphs.length} paragraph(s), but ${original.path} has ${original.paragraphs.length}: paragraph N must translate paragraph N (paragraphs are separated by one blank line)`,
        });
      }
    }
    for (const extra of sections[locale].filter((s) => !sourceNames.has(s.name) && !fileNames[sourceLocale].has(s.name))) {
      problems.push({ file: extra.path, message: `no ${localeEnglishNames[sourceLocale]} section with this file name: every translated section needs its original` });
    }
  }
  return problems;
}

/** The source-language paragraphs, stripped of markup, are the source text verbatim. */
function checkSource(folder: ContentFolder, sections: CheckedSection[]): Problem[] {
  const sourceFile = `source/article.${sourceLocale}.txt`;
  const sourcePath = folder.rel(`${folder.dir}/${sourceFile}`);
  const raw = folder.text(sourceFile);
  if (raw === undefined) return [{ file: sourcePath, message: 'the source text is missing' }];
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const credit = lines.pop();
  const problems: Problem[] = [];
  const ordered = [...sections].sort((a, b) => a.meta.order - b.meta.order);
  const paragraphs = ordered.flatMap((s) => s.paragraphs.map((text, i) => ({ s, i, text: stripMarkup(text) })));
  for (const [n, line] of lines.entries()) {
    const p = paragraphs[n];
    if (!p) {
      problems.push({ file: sourcePath, message: `line ${n + 1} of the source is in no ${localeEnglishNames[sourceLocale]} section (the sections have ${paragraphs.length} paragraphs, the source ${lines.length})` });
      break;
    }
    if (p.text !== line) {
      problems.push({ file: p.s.path, message: `paragraph ${p.i + 1} differs from line ${n + 1} of ${sourcePath}: ${firstDifference(line, p.text)}` });
    }
  }
  for (const p of paragraphs.slice(lines.length)) {
    problems.push({ file: p.s.path, message: `paragraph ${p.i + 1} is not in ${sourcePath}` });
  }
  const meta = folder.data('article', 'meta.yaml').data as Record<string, { credit?: string }> | undefined;
  const metaCredit = meta?.[sourceLocale]?.credit;
  if (metaCredit !== undefined && metaCredit !== credit) {
    problems.push({ file: folder.rel(`${folder.dir}/article/meta.yaml`), message: `${sourceLocale}.credit differs from the source's credit line: ${firstDifference(credit ?? '', metaCredit)}` });
  }
  return problems;
}

function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 12), i + 18));
  return `at character ${i + 1}, the source has ${around(expected)} but the file has ${around(actual)}`;
}

/** Every amount, percentage, capacity, year, month and count of the original is in the translation. */
function checkNumbers(sections: Record<Locale, CheckedSection[]>): Problem[] {
  const problems: Problem[] = [];
  for (const locale of translationLocales) {
    const read = quantityReaders[locale];
    const byName = new Map(sections[locale].map((s) => [s.name, s]));
    for (const original of sections[sourceLocale]) {
      const translated = byName.get(original.name);
      if (!translated) continue;
      if (!read) {
        problems.push({ file: translated.path, message: `no number reader for "${locale}" in src/node/numbers.ts, so its figures cannot be checked` });
        continue;
      }
      const pairs = Math.min(original.paragraphs.length, translated.paragraphs.length);
      for (let i = 0; i < pairs; i++) {
        for (const q of missingCounterparts(stripMarkup(original.paragraphs[i]!), stripMarkup(translated.paragraphs[i]!), read)) {
          problems.push({ file: translated.path, message: `paragraph ${i + 1} has no counterpart for "${q.text}" (${q.value.toLocaleString('en')} ${q.unit}) of ${original.path}` });
        }
      }
    }
  }
  return problems;
}

/** Paragraph pairs of each translation with its original, by file name. */
function* paragraphPairs(sections: Record<Locale, CheckedSection[]>) {
  for (const locale of translationLocales) {
    const byName = new Map(sections[locale].map((s) => [s.name, s]));
    for (const original of sections[sourceLocale]) {
      const translated = byName.get(original.name);
      if (!translated) continue;
      const pairs = Math.min(original.paragraphs.length, translated.paragraphs.length);
      for (let i = 0; i < pairs; i++) {
        yield { locale, original, translated, index: i, source: stripMarkup(original.paragraphs[i]!), translation: stripMarkup(translated.paragraphs[i]!) };
      }
    }
  }
}

/** The other direction of checkNumbers: every figure of the translation is in the original. */
function checkTranslationFigures(sections: Record<Locale, CheckedSection[]>): Problem[] {
  const problems: Problem[] = [];
  for (const { locale, original, translated, index, source, translation } of paragraphPairs(sections)) {
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
function checkMagnitudes(sections: Record<Locale, CheckedSection[]>): Problem[] {
  const problems: Problem[] = [];
  for (const { locale, original, translated, index, source, translation } of paragraphPairs(sections)) {
    const read = magnitudeReaders[locale];
    if (!read) continue;
    const korean = koreanMagnitudes(source);
    const translatedMagnitudes = read(translation);
    for (const q of unmatched(korean, translatedMagnitudes)) {
      problems.push({ file: translated.path, message: `paragraph ${index + 1} has no counterpart for "${q.text}" (${magnitudeInWords(q.value)}) of ${original.path}` });
    }
    for (const q of unmatched(translatedMagnitudes, korean)) {
      problems.push({ file: translated.path, message: `paragraph ${index + 1} says "${q.text}", which paragraph ${index + 1} of ${original.path} does not say: give the source's magnitude` });
    }
  }
  return problems;
}

/** Section text is plain text, shown the same on the page, in the data files and in "show original". */
function checkPlainText(sections: Record<Locale, CheckedSection[]>): Problem[] {
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const s of sections[locale]) {
      for (const [i, paragraph] of s.paragraphs.entries()) {
        for (const { excerpt, what } of notPlainText(paragraph)) {
          problems.push({ file: s.path, message: `paragraph ${i + 1}: "${excerpt}" is ${what}; section text is plain text (only <Term> is allowed), so write the words without it` });
        }
      }
    }
  }
  return problems;
}

/** A term wraps words that name it: one of its glossary forms, possibly with more words around it or a particle after it. */
function checkTermForms(folder: ContentFolder, sections: Record<Locale, CheckedSection[]>): Problem[] {
  const forms = new Map<string, Record<string, string[]>>();
  for (const [id, file] of folder.dataFolder('glossary', '.yaml')) {
    const parsed = glossarySchema.safeParse(file.data);
    if (parsed.success) forms.set(id, parsed.data.forms);
  }
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const s of sections[locale]) {
      for (const [i, paragraph] of s.paragraphs.entries()) {
        for (const term of termsIn(paragraph)) {
          const known = forms.get(term.id)?.[locale];
          if (!known || known.some((form) => namesForm(term.text, form))) continue;
          problems.push({
            file: s.path,
            message: `paragraph ${i + 1}: <Term id="${term.id}"> wraps "${term.text}", which is none of its ${localeEnglishNames[locale]} forms (${known.map((f) => `"${f}"`).join(', ')} in ${folder.rel(`${folder.dir}/glossary/${term.id}.yaml`)}): check the id, or add the form to the glossary entry`,
          });
        }
      }
    }
  }
  return problems;
}

/** The form starts a word of the text (a figure may precede it): "Federal Trade Commission (FTC)", "APIs", "4.5기가와트" and "애저가" name their forms. */
function namesForm(text: string, form: string): boolean {
  const haystack = text.toLowerCase();
  const needle = form.toLowerCase();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(haystack[at - 1]!)) return true;
  }
  return false;
}

/**
 * Sentence N of a translated paragraph translates sentence N of the original, so both have the
 * same number; and an editor's sentence markers each change something.
 */
function checkSentences(sections: Record<Locale, CheckedSection[]>): Problem[] {
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
          message: `paragraph ${i + 1} has ${ours.length} sentence(s), but paragraph ${i + 1} of ${original.path} has ${theirs.length}: `
            + `sentence N must translate sentence N (a sentence dropped, merged or added, or a wrong ${BREAK_MARKER}?). Side by side:\n`
            + sideBySide({ [sourceLocale]: theirs, [locale]: ours }),
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

function checkGlossary(folder: ContentFolder, errors: Problem[]): Set<string> {
  const ids = new Set<string>();
  for (const [id, file] of folder.dataFolder('glossary', '.yaml')) {
    if (file.error) {
      errors.push({ file: file.path, message: file.error });
      continue;
    }
    const parsed = glossarySchema.safeParse(file.data);
    if (!parsed.success) for (const issue of describeIssues(parsed.error)) errors.push({ file: file.path, message: issue });
    ids.add(id);
  }
  return ids;
}

function checkTermReferences(sections: Record<Locale, CheckedSection[]>, glossary: Set<string>, errors: Problem[]): Set<string> {
  const used = new Set<string>();
  for (const locale of locales) {
    for (const s of sections[locale]) {
      for (const [i, paragraph] of s.paragraphs.entries()) {
        for (const id of termIdsIn(paragraph)) {
          used.add(id);
          if (!glossary.has(id)) errors.push({ file: s.path, message: `paragraph ${i + 1}: unknown glossary term "${id}" (there is no content/glossary/${id}.yaml)` });
        }
      }
    }
  }
  return used;
}

function checkSectionLinks(folder: ContentFolder, name: string, schema: z.ZodType<{ id: string; section: string }>, sections: Set<string>, noun: string): Problem[] {
  const file = folder.data(name);
  if (file.error) return [{ file: file.path, message: file.error }];
  if (!Array.isArray(file.data)) return [{ file: file.path, message: `must be a list of ${noun}s` }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, item] of file.data.entries()) {
    const parsed = schema.safeParse(item);
    const label = `${noun} ${(item as { id?: string })?.id ? `"${(item as { id: string }).id}"` : i + 1}`;
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error)) problems.push({ file: file.path, message: `${label}: ${issue}` });
      continue;
    }
    if (seen.has(parsed.data.id)) problems.push({ file: file.path, message: `${label}: the id is used twice` });
    seen.add(parsed.data.id);
    if (!sections.has(parsed.data.section)) {
      problems.push({ file: file.path, message: `${label} points at section "${parsed.data.section}", which no article section has` });
    }
  }
  return problems;
}

/** The timeline is listed in the order events happened, as far as the dates can tell. */
function checkChronology(folder: ContentFolder): Problem[] {
  const file = folder.data('timeline.yaml');
  if (!Array.isArray(file.data)) return [];
  const problems: Problem[] = [];
  let previous: { id: string; date: string } | undefined;
  for (const item of file.data as { id?: unknown; date?: unknown }[]) {
    if (typeof item?.date !== 'string' || typeof item.id !== 'string') continue;
    // "2025" and "2025-03" cannot be ordered against each other; compare what both dates say.
    const length = Math.min(item.date.length, previous?.date.length ?? 0);
    if (previous && item.date.slice(0, length) < previous.date.slice(0, length)) {
      problems.push({ file: file.path, message: `event "${item.id}" (${item.date}) comes after "${previous.id}" (${previous.date}): list events in the order they happened` });
    }
    previous = { id: item.id, date: item.date };
  }
  return problems;
}

function checkMeta(folder: ContentFolder): Problem[] {
  const file = folder.data('article', 'meta.yaml');
  if (file.error) return [{ file: file.path, message: file.error }];
  const problems: Problem[] = [];
  for (const locale of locales) {
    const parsed = articleMetaSchema.safeParse((file.data as Record<string, unknown> | undefined)?.[locale]);
    if (!parsed.success) for (const issue of describeIssues(parsed.error)) problems.push({ file: file.path, message: `${locale}: ${issue.replace('the file', 'the entry')}` });
    else if (locale !== sourceLocale && !parsed.data.translationNotice) problems.push({ file: file.path, message: `${locale}.translationNotice is missing: a translated page must say it is a translation` });
  }
  return problems;
}

/** Interface strings: the same keys in every locale, none empty. */
function checkInterfaceStrings(folder: ContentFolder): Problem[] {
  const problems: Problem[] = [];
  const keys = new Map<Locale, Map<string, unknown>>();
  for (const locale of locales) {
    const file = folder.data('ui', `${locale}.json`);
    if (file.error) {
      problems.push({ file: file.path, message: file.error });
      continue;
    }
    keys.set(locale, new Map(Object.entries(flatten(file.data))));
  }
  for (const [locale, own] of keys) {
    const path = folder.rel(`${folder.dir}/ui/${locale}.json`);
    for (const [other, theirs] of keys) {
      if (other === locale) continue;
      for (const key of theirs.keys()) {
        if (!own.has(key)) problems.push({ file: path, message: `interface string "${key}" is missing (${folder.rel(`${folder.dir}/ui/${other}.json`)} has it)` });
      }
    }
    for (const [key, value] of own) {
      if (typeof value !== 'string' || value.trim() === '') problems.push({ file: path, message: `interface string "${key}" is empty or not text` });
    }
  }
  return problems;
}

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { [prefix]: value };
  return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}
