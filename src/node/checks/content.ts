// The content as the checks see it: every file read and parsed once, each frontmatter block and
// glossary entry validated once, and what could not be read kept as data for a check to report.
import { ContentFolder, type DataFile, type SectionFile } from '../content-files.ts';
import { describeIssues, glossarySchema, sectionSchema, type GlossaryEntry, type Section } from '../schemas.ts';
import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';

export const translationLocales = locales.filter((l) => l !== sourceLocale);

/** A section file, with its frontmatter checked against the schema. */
export interface LoadedSection extends SectionFile {
  /** The frontmatter, when it passed the schema. */
  meta: Section | undefined;
  /** What the schema found wrong with the frontmatter. */
  schemaIssues: string[];
}

/** A section file whose frontmatter passed the schema. */
export interface CheckedSection extends LoadedSection {
  meta: Section;
}

export interface GlossaryFile {
  file: DataFile;
  /** The entry, when it passed the schema. */
  entry: GlossaryEntry | undefined;
  schemaIssues: string[];
}

export interface Content {
  folder: ContentFolder;
  /** Every section file of each locale, in file-name order. */
  files: Record<Locale, LoadedSection[]>;
  /** The section files whose frontmatter passed: the ones the checks of the text read. */
  sections: Record<Locale, CheckedSection[]>;
  /** The source text as published: its paragraphs and its last line, the credit (undefined if the file is missing). */
  source: { path: string; paragraphs: string[] | undefined; credit: string | undefined };
  meta: DataFile;
  /** By id, the file name without extension. */
  glossary: Map<string, GlossaryFile>;
  timeline: DataFile;
  figures: DataFile;
  ui: Record<Locale, DataFile>;
  /** The word data, by the name of the section file it describes (without extension). */
  words: Map<string, DataFile>;
}

export function loadContent(folder: ContentFolder): Content {
  const files = {} as Record<Locale, LoadedSection[]>;
  const sections = {} as Record<Locale, CheckedSection[]>;
  for (const locale of locales) {
    files[locale] = folder.sections(locale).map(loadSection);
    sections[locale] = files[locale].filter((s): s is CheckedSection => s.meta !== undefined);
  }
  const glossary = new Map<string, GlossaryFile>();
  for (const [id, file] of folder.dataFolder('glossary', '.yaml')) {
    const parsed = file.error ? undefined : glossarySchema.safeParse(file.data);
    glossary.set(id, { file, entry: parsed?.data, schemaIssues: parsed?.error ? describeIssues(parsed.error) : [] });
  }
  return {
    folder,
    files,
    sections,
    source: loadSource(folder),
    meta: folder.data('article', 'meta.yaml'),
    glossary,
    timeline: folder.data('timeline.yaml'),
    figures: folder.data('figures.yaml'),
    ui: Object.fromEntries(locales.map((l) => [l, folder.data('ui', `${l}.json`)])) as Record<Locale, DataFile>,
    words: folder.dataFolder('words', '.yaml'),
  };
}

function loadSection(file: SectionFile): LoadedSection {
  if (file.frontmatterError) return { ...file, meta: undefined, schemaIssues: [] };
  const parsed = sectionSchema.safeParse(file.frontmatter);
  return { ...file, meta: parsed.data, schemaIssues: parsed.error ? describeIssues(parsed.error) : [] };
}

/**
 * A source text (the original's, unless another language is asked for), one paragraph a line and
 * the credit last: the one reader of it, for the checks, the bench and the tests.
 */
export function loadSource(folder: ContentFolder, locale: Locale = sourceLocale): Content['source'] {
  const name = `source/article.${locale}.txt`;
  const path = folder.rel(`${folder.dir}/${name}`);
  const raw = folder.text(name);
  if (raw === undefined) return { path, paragraphs: undefined, credit: undefined };
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const credit = lines.pop();
  return { path, paragraphs: lines, credit };
}

/** Each translation with its original, paired by file name. */
export function* sectionPairs(content: Content) {
  for (const locale of translationLocales) {
    const byName = new Map(content.sections[locale].map((s) => [s.name, s]));
    for (const original of content.sections[sourceLocale]) {
      const translated = byName.get(original.name);
      if (translated) yield { locale, original, translated };
    }
  }
}
