// The content collections: article sections per language, the article's metadata, the facts
// about the published original, the glossary, the timeline and the key figures. Schemas are shared with the build's content checks.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  articleMetaSchema,
  figureSchema,
  glossarySchema,
  sectionSchema,
  sourceSchema,
  timelineSchema,
} from './node/schemas.ts';
import { locales } from './i18n/locales.ts';
import { contentDir } from './node/content-dir.ts';

const dir = contentDir();

/**
 * Lists whose order is the editor's (timeline, figures): each entry keeps its position in the file,
 * since Astro's store hands entries back by id. The content checks have already refused a file
 * that is not a list.
 */
const withPosition = (text: string) =>
  (yaml.load(text) as Record<string, unknown>[]).map((item, position) => ({ ...item, position }));
const position = { position: z.number().int() };

/**
 * meta.yaml holds one entry per locale and the `source` entry: two collections read it, each
 * taking its own entries, so each has one schema.
 */
const metaFile = `${dir}/article/meta.yaml`;
const metaEntries = (text: string) => yaml.load(text) as Record<string, Record<string, unknown>>;
const localeEntries = (text: string) => Object.fromEntries(locales.map((l) => [l, metaEntries(text)[l]!]));
const sourceEntry = (text: string) => ({ source: metaEntries(text).source! });

export const collections = {
  // ids look like "en/09-agi-clause": the locale folder and the file name.
  sections: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${dir}/article` }),
    schema: sectionSchema,
  }),
  meta: defineCollection({
    loader: file(metaFile, { parser: localeEntries }),
    schema: articleMetaSchema,
  }),
  source: defineCollection({
    loader: file(metaFile, { parser: sourceEntry }),
    schema: sourceSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${dir}/glossary` }),
    schema: glossarySchema,
  }),
  timeline: defineCollection({
    loader: file(`${dir}/timeline.yaml`, { parser: withPosition }),
    schema: timelineSchema.extend(position),
  }),
  figures: defineCollection({
    loader: file(`${dir}/figures.yaml`, { parser: withPosition }),
    schema: figureSchema.extend(position),
  }),
};
