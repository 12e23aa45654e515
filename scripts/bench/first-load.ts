// The first load of a page in a fresh browser context, unthrottled: every request, the bytes of
// each kind gzipped (-9, here: headers are not trusted), the scripts that block the parser and the
// requests to other origins. The first flight is the HTML's share of it.
import type { Browser, Request } from '@playwright/test';
import { gzipSize, VIEWPORT } from './shared.ts';

type Kind = 'html' | 'css' | 'js' | 'fonts' | 'other';
const KIND_OF: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' };

export type FirstLoad = Awaited<ReturnType<typeof firstLoad>>;

async function loaded(request: Request): Promise<{ url: string; kind: Kind; status: number; body: Buffer }> {
  const response = await request.response();
  // What was delivered, not the Content-Length header; redirects have no body.
  const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
  return {
    url: request.url(),
    kind: KIND_OF[request.resourceType()] ?? 'other',
    status: response?.status() ?? 0,
    body,
  };
}

/** Runs in the page, on the HTML as served (not the DOM after scripts ran). */
function scriptsIn(html: string): { blocking: string[]; inline: string } {
  const scripts = [...new DOMParser().parseFromString(html, 'text/html').scripts];
  const type = (s: Element): string => (s.getAttribute('type') ?? '').trim().toLowerCase();
  const classic = scripts.filter((s) => ['', 'text/javascript', 'application/javascript'].includes(type(s)));
  return {
    blocking: classic.filter((s) => s.src && !s.async && !s.defer).map((s) => s.getAttribute('src')!),
    // Inline scripts that run: classic or module, not data such as JSON-LD.
    inline: scripts
      .filter((s) => !s.src && (classic.includes(s) || type(s) === 'module'))
      .map((s) => s.text)
      .join('\n'),
  };
}

export async function firstLoad(browser: Browser, origin: string, path: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const pending: ReturnType<typeof loaded>[] = [];
    page.on('requestfinished', (request) => pending.push(loaded(request)));
    page.on('requestfailed', (request) => pending.push(loaded(request)));
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    // Whatever the page's scripts fetch right after load belongs to the first load as well.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const scripts = await page.evaluate(scriptsIn, await response.text());
    const resources = await Promise.all(pending);
    // By kind; js counts the inline scripts too (JavaScript the reader runs), total only the responses.
    const gzipBytes = { html: 0, css: 0, js: gzipSize(scripts.inline), fonts: 0, other: 0, total: 0 };
    for (const r of resources) for (const kind of [r.kind, 'total'] as const) gzipBytes[kind] += gzipSize(r.body);
    const urls = resources.map((r) => r.url).filter((url) => !url.startsWith('data:'));
    return {
      path,
      requests: resources.length,
      gzipBytes,
      /** Fonts as delivered: they are compressed already. */
      fontBytes: resources.filter((r) => r.kind === 'fonts').reduce((total, r) => total + r.body.length, 0),
      /** External classic scripts without async or defer: each stops the parser until it arrives. */
      blockingScripts: scripts.blocking,
      crossOrigin: urls.filter((url) => new URL(url).origin !== origin),
      /** Responses that were not 2xx or 3xx, or requests that failed: worth knowing, not budgeted. */
      errors: resources.filter((r) => r.status < 200 || r.status >= 400).map((r) => `${r.status || 'failed'} ${r.url}`),
    };
  } finally {
    await context.close();
  }
}
