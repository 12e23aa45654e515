// The article as the pages need it: sections in order per language, metadata and glossary,
// read from the content collections.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../i18n/locales.ts';
import { stripMarkup, splitParagraphs, termIdsIn } from '../node/paragraphs.ts';
import { splitSentences } from '../node/sentences.ts';

export type SectionEntry = CollectionEntry<'sections'>;
export type GlossaryItem = CollectionEntry<'glossary'>;

export async function getSections(locale: Locale): Promise<SectionEntry[]> {
  const all = await getCollection('sections', (e) => e.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Each section with its counterpart in every language, keyed by locale. */
export async function getAlignedSections(): Promise<Record<Locale, SectionEntry>[]> {
  const byLocale = Object.fromEntries(
    await Promise.all(locales.map(async (l) => [l, await getSections(l)] as const)),
  ) as Record<Locale, SectionEntry[]>;
  return byLocale[locales[0]].map(
    (_, i) => Object.fromEntries(locales.map((l) => [l, byLocale[l][i]!])) as Record<Locale, SectionEntry>,
  );
}

export async function getMeta(locale: Locale) {
  const entry = await getEntry('meta', locale);
  if (!entry) throw new Error(`content/article/meta.yaml has no "${locale}" entry`);
  return entry.data;
}

/** The published original: its address, publisher, date and citation key (meta.yaml's `source`). */
export async function getSource() {
  const entry = await getEntry('source', 'source');
  if (!entry) throw new Error('content/article/meta.yaml has no "source" entry');
  return entry.data;
}

/** The glossary sorted in the reading order of the locale (가나다 for Korean, A–Z for English). */
export async function getGlossary(locale: Locale): Promise<GlossaryItem[]> {
  const collator = new Intl.Collator(locale);
  return (await getCollection('glossary')).sort((a, b) => collator.compare(a.data.label[locale], b.data.label[locale]));
}

/** Glossary ids referenced in these sections, in order of first use. */
export function termsUsed(sections: SectionEntry[]): string[] {
  return [...new Set(sections.flatMap((s) => termIdsIn(s.body ?? '')))];
}

/** The plain paragraphs of a section, as a reader sees them. */
export function plainParagraphs(section: SectionEntry): string[] {
  return splitParagraphs(section.body ?? '').map(stripMarkup);
}

/** The sentences of each paragraph of a section, as a reader sees them. */
export function paragraphSentences(section: SectionEntry): string[][] {
  const locale = section.id.slice(0, section.id.indexOf('/'));
  return splitParagraphs(section.body ?? '').map((p) => splitSentences(p, locale));
}

/**
 * A list collection (timeline, figures) in the order of its file: the editor's order is the
 * story's order (a year-only date such as "2025" can be the latest event). The collection keeps
 * each entry's position (src/content.config.ts); it is not part of the entry's data.
 */
export async function inFileOrder<C extends 'timeline' | 'figures'>(name: C): Promise<InFileOrder<C>[]> {
  const entries: CollectionEntry<'timeline' | 'figures'>[] = await getCollection(name);
  return entries
    .sort((a, b) => a.data.position - b.data.position)
    .map(({ data: { position: _position, ...data }, ...entry }) => ({ ...entry, data })) as unknown as InFileOrder<C>[];
}

type InFileOrder<C extends 'timeline' | 'figures'> = Omit<CollectionEntry<C>, 'data'> & {
  data: Omit<CollectionEntry<C>['data'], 'position'>;
};
