// First load of a page in a fresh browser context: every request, bytes by type (raw and gzipped),
// parser-blocking scripts and requests to other origins.
import type { Browser, Request } from '@playwright/test';
import { gzipSize, sum } from './stats.ts';

/** Lighthouse's default mobile device (Moto G Power), so request counts match what Lighthouse loads. */
export const VIEWPORT = { width: 412, height: 823 };
export const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'data', 'other'] as const;
export type ResourceType = (typeof TYPES)[number];

export interface ResourceRecord {
  url: string;
  type: ResourceType;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  failed?: string;
}

export interface BlockingScripts {
  /** External classic scripts (no async/defer/module) anywhere: each stops the parser until fetched. */
  parserBlocking: string[];
  /** The subset in <head>, which also hold back the first paint. */
  inHead: number;
  /** Inline classic scripts in <head>: no request, but they run before the page renders. */
  inlineInHead: number;
  /** The text of every inline script that runs (not JSON-LD): counted as JavaScript too. */
  inlineCode: string;
}

export interface PageResult {
  path: string;
  requests: number;
  bytes: Record<ResourceType, { raw: number; gzip: number }>;
  /** Inline scripts, already inside the HTML bytes. */
  inlineJs: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  blocking: BlockingScripts;
  crossOrigin: string[];
  /** Responses that were not 2xx, or requests that failed: worth knowing, not budgeted. */
  errors: string[];
  resources: ResourceRecord[];
}

function classify(request: Request, contentType: string): ResourceType {
  const kind = request.resourceType();
  if (kind === 'document' || contentType.includes('text/html')) return 'html';
  if (kind === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (kind === 'script' || contentType.includes('javascript')) return 'js';
  if (kind === 'font' || contentType.startsWith('font/') || /woff2?|opentype|truetype/.test(contentType))
    return 'fonts';
  if (kind === 'image' || contentType.startsWith('image/')) return 'images';
  if (kind === 'manifest') return 'other';
  if (contentType.includes('json') || /\.json(\?|$)/.test(request.url())) return 'data';
  return 'other';
}

async function record(request: Request): Promise<ResourceRecord> {
  const response = await request.response();
  const contentType = (await response?.headerValue('content-type')) ?? '';
  let body: Buffer = Buffer.alloc(0);
  // Redirects have no body; measure what was actually delivered, not the Content-Length header.
  try {
    if (response) body = await response.body();
  } catch {
    /* redirect or aborted */
  }
  return {
    url: request.url(),
    type: classify(request, contentType),
    status: response?.status() ?? 0,
    rawBytes: body.length,
    gzipBytes: gzipSize(body),
  };
}

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const pending: Promise<ResourceRecord>[] = [];
    page.on('requestfinished', (request) => pending.push(record(request)));
    page.on('requestfailed', (request) =>
      pending.push(
        Promise.resolve({
          url: request.url(),
          type: classify(request, ''),
          status: 0,
          rawBytes: 0,
          gzipBytes: 0,
          failed: request.failure()?.errorText ?? 'failed',
        }),
      ),
    );
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    // Whatever the page's scripts fetch right after load belongs to the first load as well.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const html = await response.text();
    const blocking = await page.evaluate(findBlockingScripts, html);
    const resources = await Promise.all(pending);
    return summarise(path, origin, resources, blocking);
  } finally {
    await context.close();
  }
}

/** Runs in the page: parses the HTML as served (not the DOM after scripts ran). */
function findBlockingScripts(html: string): BlockingScripts {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const classic = (s: HTMLScriptElement): boolean => {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'text/javascript' || type === 'application/javascript';
  };
  const scripts = [...doc.querySelectorAll('script')].filter(classic);
  const runs = [...doc.querySelectorAll('script:not([src])')].filter(
    (s) => classic(s as HTMLScriptElement) || s.getAttribute('type') === 'module',
  );
  const external = scripts.filter((s) => s.hasAttribute('src') && !s.hasAttribute('async') && !s.hasAttribute('defer'));
  return {
    parserBlocking: external.map((s) => s.getAttribute('src') ?? ''),
    inHead: external.filter((s) => s.closest('head')).length,
    inlineInHead: scripts.filter((s) => !s.hasAttribute('src') && s.closest('head')).length,
    inlineCode: runs.map((s) => s.textContent ?? '').join('\n'),
  };
}

function summarise(path: string, origin: string, resources: ResourceRecord[], blocking: BlockingScripts): PageResult {
  const bytes = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gzip: 0 }])) as PageResult['bytes'];
  for (const r of resources) {
    bytes[r.type].raw += r.rawBytes;
    bytes[r.type].gzip += r.gzipBytes;
  }
  // Script inlined into the HTML is still JavaScript the reader downloads and runs: it counts in
  // the JS column and budget (and, as part of the page, in HTML and the total).
  const inline = Buffer.from(blocking.inlineCode, 'utf8');
  const inlineJs = { raw: inline.length, gzip: gzipSize(inline) };
  const total = { raw: sum(resources.map((r) => r.rawBytes)), gzip: sum(resources.map((r) => r.gzipBytes)) };
  const crossOrigin = resources
    .map((r) => r.url)
    .filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  const errors = resources
    .filter((r) => r.failed || r.status < 200 || r.status >= 400)
    .map((r) => `${r.failed ?? r.status} ${r.url}`);
  const relative = resources.map((r) => ({ ...r, url: r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url }));
  return {
    path,
    requests: resources.length,
    bytes,
    inlineJs,
    total,
    blocking,
    crossOrigin,
    errors,
    resources: relative,
  };
}

/** All JavaScript of a page, external and inline, gzipped. */
export const jsGzipBytes = (page: PageResult): number => page.bytes.js.gzip + page.inlineJs.gzip;
