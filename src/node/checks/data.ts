// The data files beside the article: the timeline and key figures pointing at real sections, in
// order; the article's metadata and the facts about its original; the interface strings, the same keys in every locale.
import { articleMetaSchema, describeIssues, figureSchema, sourceSchema, timelineSchema } from '../schemas.ts';
import type { DataFile } from '../content-files.ts';
import { locales, sourceLocale, type Locale } from '../../i18n/locales.ts';
import type { Content } from './content.ts';
import type { Problem } from './problem.ts';
import type { z } from 'astro/zod';

export const checkTimelineLinks = (content: Content) =>
  checkSectionLinks(content, content.timeline, timelineSchema, 'event');
export const checkFigureLinks = (content: Content) =>
  checkSectionLinks(content, content.figures, figureSchema, 'figure');

/** A list of items, each valid, with its own id, and pointing at a section of the article. */
function checkSectionLinks(
  { sections }: Content,
  file: DataFile,
  schema: z.ZodType<{ id: string; section: string }>,
  noun: string,
): Problem[] {
  if (file.error) return [{ file: file.path, message: file.error }];
  if (!Array.isArray(file.data)) return [{ file: file.path, message: `must be a list of ${noun}s` }];
  const sectionIds = new Set(sections[sourceLocale].map((s) => s.meta.section));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, item] of file.data.entries()) {
    const parsed = schema.safeParse(item);
    const label = `${noun} ${(item as { id?: string })?.id ? `"${(item as { id: string }).id}"` : i + 1}`;
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error))
        problems.push({ file: file.path, message: `${label}: ${issue}` });
      continue;
    }
    if (seen.has(parsed.data.id)) problems.push({ file: file.path, message: `${label}: the id is used twice` });
    seen.add(parsed.data.id);
    if (!sectionIds.has(parsed.data.section)) {
      problems.push({
        file: file.path,
        message: `${label} points at section "${parsed.data.section}", which no article section has`,
      });
    }
  }
  return problems;
}

/** The timeline is listed in the order events happened, as far as the dates can tell. */
export function checkChronology({ timeline: file }: Content): Problem[] {
  if (!Array.isArray(file.data)) return [];
  const problems: Problem[] = [];
  let previous: { id: string; date: string } | undefined;
  for (const item of file.data as { id?: unknown; date?: unknown }[]) {
    if (typeof item?.date !== 'string' || typeof item.id !== 'string') continue;
    // "2025" and "2025-03" cannot be ordered against each other; compare what both dates say.
    const length = Math.min(item.date.length, previous?.date.length ?? 0);
    if (previous && item.date.slice(0, length) < previous.date.slice(0, length)) {
      problems.push({
        file: file.path,
        message: `event "${item.id}" (${item.date}) comes after "${previous.id}" (${previous.date}): list events in the order they happened`,
      });
    }
    previous = { id: item.id, date: item.date };
  }
  return problems;
}

export function checkMeta({ meta: file }: Content): Problem[] {
  if (file.error) return [{ file: file.path, message: file.error }];
  const problems: Problem[] = [];
  for (const locale of locales) {
    const parsed = articleMetaSchema.safeParse((file.data as Record<string, unknown> | undefined)?.[locale]);
    if (!parsed.success)
      for (const issue of describeIssues(parsed.error))
        problems.push({ file: file.path, message: `${locale}: ${issue.replace('the file', 'the entry')}` });
    else if (locale !== sourceLocale && !parsed.data.translationNotice)
      problems.push({
        file: file.path,
        message: `${locale}.translationNotice is missing: a translated page must say it is a translation`,
      });
  }
  const source = (file.data as Record<string, unknown> | undefined)?.source;
  if (source === undefined) {
    problems.push({
      file: file.path,
      message: "source is missing: the original's url, publisher, published date and citationKey",
    });
  } else {
    const parsed = sourceSchema.safeParse(source);
    if (!parsed.success)
      for (const issue of describeIssues(parsed.error)) problems.push({ file: file.path, message: `source.${issue}` });
  }
  return problems;
}

/** Interface strings: the same keys in every locale, none empty. */
export function checkInterfaceStrings({ ui }: Content): Problem[] {
  const problems: Problem[] = [];
  const keys = new Map<Locale, Map<string, unknown>>();
  for (const locale of locales) {
    const file = ui[locale];
    if (file.error) {
      problems.push({ file: file.path, message: file.error });
      continue;
    }
    keys.set(locale, new Map(Object.entries(flatten(file.data))));
  }
  for (const [locale, own] of keys) {
    const path = ui[locale].path;
    for (const [other, theirs] of keys) {
      if (other === locale) continue;
      for (const key of theirs.keys()) {
        if (!own.has(key))
          problems.push({ file: path, message: `interface string "${key}" is missing (${ui[other].path} has it)` });
      }
    }
    for (const [key, value] of own) {
      if (typeof value !== 'string' || value.trim() === '')
        problems.push({ file: path, message: `interface string "${key}" is empty or not text` });
    }
  }
  return problems;
}

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { [prefix]: value };
  return Object.fromEntries(
    Object.entries(value).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))),
  );
}
