// The colour classes of the data page's highlighted code (see src/data/data-page.ts): a stylesheet
// of the site's own, so the strict CSP needs neither 'unsafe-inline' nor a hash for it.
import type { APIRoute } from 'astro';
import { dataPageCode } from '../data/data-page.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response((await dataPageCode(site)).css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
