// Writes dist/_headers (read by Netlify and Cloudflare Pages) after the build: each page's own
// Content-Security-Policy, taken from the meta tag Astro wrote into it, plus the security headers
// a meta tag cannot carry (frame-ancestors, nosniff, referrer and permissions policies).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** The URL path a static host serves a built file at: en/index.html → /en/. */
function urlPath(base: string, outDir: string, file: string): string {
  const path = relative(outDir, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');
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
        const blocks = [`${base}*`, ...SITE_WIDE.map((h) => `  ${h}`)];
        for (const file of htmlFiles(outDir).sort()) {
          const policy = CSP_META.exec(readFileSync(file, 'utf8'))?.[1];
          if (!policy) continue;
          const headerPolicy = `${policy.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';`;
          blocks.push('', urlPath(base, outDir, file), `  Content-Security-Policy: ${headerPolicy}`);
        }
        writeFileSync(join(outDir, '_headers'), `${blocks.join('\n')}\n`);
        logger.info('wrote _headers');
      },
    },
  };
}
