// /downloads/openai-microsoft.ko-en.epub: the e-book edition (src/data/epub.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { EPUB_FILE, epubEdition } from '../../data/epub.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { file: EPUB_FILE } }];

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await epubEdition()), { headers: { 'Content-Type': 'application/epub+zip' } });
