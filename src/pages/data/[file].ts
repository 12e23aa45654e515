// /data/timeline.json, /data/glossary.json, /data/figures.json, /data/article.<locale>.json
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../../data/exports.ts';

export const getStaticPaths: GetStaticPaths = () => Object.keys(dataFiles).map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => {
  const data = await dataFiles[params.file!]!();
  return new Response(JSON.stringify(data, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
