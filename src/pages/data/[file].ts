// /data/timeline.json, /data/glossary.json, /data/figures.json, /data/article.<locale>.json, and the
// aligned text: /data/article.<source>-<translation>.tmx and .tsv, /data/glossary.csv
import type { APIRoute, GetStaticPaths } from 'astro';
import { alignedFiles, dataFiles } from '../../data/exports.ts';

export const getStaticPaths: GetStaticPaths = () =>
  [...Object.keys(dataFiles), ...Object.keys(alignedFiles)].map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  const aligned = alignedFiles[file];
  // The type matters only to `astro dev`: a static host types a file by its extension.
  if (aligned) return new Response(await aligned.body(), { headers: { 'Content-Type': aligned.type } });
  const data = await dataFiles[file]!();
  return new Response(JSON.stringify(data, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
