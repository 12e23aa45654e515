// The shape of every content file. Astro's collections and the build's content checks both
// validate with these, so an editor gets the same answer from either.
import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/locales.ts';

const text = z.string().trim().min(1);

/** One string per locale, none missing or empty. */
function perLocale(value: z.ZodType<string> = text) {
  return z.object(Object.fromEntries(locales.map((l) => [l, value])) as Record<Locale, z.ZodType<string>>);
}

export const sectionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const sectionSchema = z.object({
  section: sectionId,
  order: z.number().int().positive(),
  heading: text,
});

const yearMonth = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM');

/** The published original: the `source` entry of meta.yaml. */
export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be the address of the original (https://…)' }),
  publisher: perLocale(),
  published: yearMonth,
  citationKey: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must be letters, digits, - or _, starting with a letter (a BibTeX key)'),
});

export const articleMetaSchema = z.object({
  title: text,
  dek: text,
  description: text.max(200),
  credit: text,
  translationNotice: text.optional(),
  editorNote: text.optional(),
});

export const glossarySchema = z.object({
  label: perLocale(),
  forms: z.object(
    Object.fromEntries(locales.map((l) => [l, z.array(text).min(1)])) as unknown as Record<
      Locale,
      z.ZodArray<z.ZodString>
    >,
  ),
  definition: perLocale(text.max(300)),
  note: perLocale(text.max(800)).optional(),
  /** Other names a reader may meet for the term (an abbreviation, the full name, the other script),
      shown on the glossary page; `forms` are only the words the content checks match. */
  aka: z
    .object(
      Object.fromEntries(locales.map((l) => [l, z.array(text).optional()])) as unknown as Record<
        Locale,
        z.ZodOptional<z.ZodArray<z.ZodString>>
      >,
    )
    .optional(),
});

export const timelineSchema = z.object({
  id: sectionId,
  date: yearMonth,
  section: sectionId,
  label: perLocale(),
  note: perLocale().optional(),
});

export const figureSchema = z.object({
  id: sectionId,
  section: sectionId,
  value: perLocale(),
  aside: perLocale().optional(),
  label: perLocale(),
});

export type Section = z.infer<typeof sectionSchema>;
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type SourceInfo = z.infer<typeof sourceSchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type TimelineEvent = z.infer<typeof timelineSchema>;
export type Figure = z.infer<typeof figureSchema>;

/** A zod failure as short phrases an editor can act on: "definition.en is missing". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.join('.') || 'the file';
    // zod 4 keeps no input on issues by default; its message says what was received.
    if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `${where} is missing`;
    return `${where}: ${issue.message}`;
  });
}
