// Writes dist/_headers (read by Netlify and Cloudflare Pages) after the build: each page's own
// Content-Security-Policy, taken from the meta tag Astro wrote into it, plus the security headers
// a meta tag cannot carry (frame-ancestors, nosniff, referrer and permissions policies). First it
// narrows each page's policy to the inline scripts and styles that page has: Astro lists on every
// page the hashes of every inline script of the site and of its island scripts (one per client
// directive), which no page here runs, about 0.4 KB gzipped of every page.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { sha256Source } from '../node/csp.ts';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SITE_WIDE = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy: same-origin',
  'X-Frame-Options: DENY',
];

const META = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/** The policy of a page's CSP meta tag, whatever the order or quoting of its attributes. */
export function cspOf(html: string): string | undefined {
  for (const [tag] of html.matchAll(META)) {
    const attributes = new Map(
      [...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']),
    );
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attributes.get('content');
  }
  return undefined;
}

const INLINE = {
  'script-src': /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  'style-src': /<style\b[^>]*>([\s\S]*?)<\/style>/gi,
};

/** The hashes of the inline scripts that run (not data such as JSON-LD) and inline styles of a page. */
function inlineHashes(html: string): Record<keyof typeof INLINE, Set<string>> {
  const scripts = [...html.matchAll(INLINE['script-src'])]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/i.test(attributes!) && !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes!),
    )
    .map((m) => m[2]!);
  const styles = [...html.matchAll(INLINE['style-src'])].map((m) => m[1]!);
  return { 'script-src': new Set(scripts.map(sha256Source)), 'style-src': new Set(styles.map(sha256Source)) };
}

/**
 * The page with its CSP meta tag allowing, of the hashes it lists, only those of the page's own
 * inline scripts and styles. Other sources ('self') stay; so does a hash the page uses.
 */
export function withOwnHashes(html: string): string {
  const policy = cspOf(html);
  if (!policy) return html;
  const own = inlineHashes(html);
  const narrowed = policy.replace(
    /(script-src|style-src)\s([^;]*)/g,
    (_, name: keyof typeof INLINE, sources: string) => {
      const kept = sources
        .split(/\s+/)
        .filter((s) => s && !(/^'sha(256|384|512)-/.test(s) && !own[name].has(s.slice(1, -1))));
      return `${name} ${kept.join(' ')}`;
    },
  );
  return html.replace(`content="${policy}"`, `content="${narrowed}"`);
}

/**
 * The _headers file for these pages: the site-wide headers, then each page's own policy plus what
 * a meta tag cannot carry. A page without a policy is an error, not a page served unprotected.
 */
export function headersFile(base: string, pages: { path: string; html: string; file: string }[]): string {
  const blocks = [`${base}*`, ...SITE_WIDE.map((h) => `  ${h}`)];
  for (const page of pages) {
    const policy = cspOf(page.html);
    if (!policy)
      throw new Error(`${page.file} has no Content-Security-Policy meta tag, so _headers cannot give it one`);
    const headerPolicy = `${policy.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';`;
    blocks.push('', page.path, `  Content-Security-Policy: ${headerPolicy}`);
  }
  return `${blocks.join('\n')}\n`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/** The URL path a static host serves a built file at: en/index.html → /en/. */
function urlPath(base: string, outDir: string, file: string): string {
  const path = relative(outDir, file)
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = htmlFiles(outDir)
          .sort()
          .map((file) => {
            const built = readFileSync(file, 'utf8');
            const html = withOwnHashes(built);
            if (html !== built) writeFileSync(file, html);
            return { file: relative(outDir, file), path: urlPath(base, outDir, file), html };
          });
        writeFileSync(join(outDir, '_headers'), headersFile(base, pages));
        logger.info('wrote _headers');
      },
    },
  };
}
