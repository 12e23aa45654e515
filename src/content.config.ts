// The content collections: article sections per language, the article's metadata, the glossary,
// the timeline and the key figures. Schemas are shared with the build's content checks.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  articleMetaSchema, figureSchema, glossarySchema, sectionSchema, timelineSchema,
} from './node/schemas.ts';
import { contentDir } from './node/content-dir.ts';

const dir = contentDir();

/**
 * Lists whose order is the editor's (timeline, figures): each entry keeps its position in the file,
 * since Astro's store hands entries back by id. The content checks have already refused a file
 * that is not a list.
 */
const withPosition = (text: string) => (yaml.load(text) as Record<string, unknown>[]).map((item, position) => ({ ...item, position }));
const position = { position: z.number().int() };

export const collections = {
  // ids look like "en/09-agi-clause": the locale folder and the file name.
  sections: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `${dir}/article` }),
    schema: sectionSchema,
  }),
  meta: defineCollection({
    loader: file(`${dir}/article/meta.yaml`),
    schema: articleMetaSchema,
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
