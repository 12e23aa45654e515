// robots.txt: everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH.
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../i18n/index.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath('sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
