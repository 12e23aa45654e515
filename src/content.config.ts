// The content collections: article sections per language, the article's metadata, the glossary,
// the timeline and the key figures. Schemas are shared with the build's content checks.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  articleMetaSchema, figureSchema, glossarySchema, sectionSchema, timelineSchema,
} from './lib/schemas.ts';
import { contentDir } from './lib/content-dir.ts';

const dir = contentDir();

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
    loader: file(`${dir}/timeline.yaml`),
    schema: timelineSchema,
  }),
  figures: defineCollection({
    loader: file(`${dir}/figures.yaml`),
    schema: figureSchema,
  }),
};
