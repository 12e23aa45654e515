// What the site adds to Astro's build, in the order it depends on: the browser's scripts
// (client-scripts.ts), then one pass over the built pages, each read and written once, giving its
// CSP the hashes of its own inline scripts and styles (static-headers.ts) and making its addresses
// relative to itself (relative-urls.ts), then the servers' files from the pages' policies as they
// end. In `astro dev`, the browser's scripts at the same addresses.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScripts } from '../node/inline-scripts.ts';
import { serveClientScripts, writeClientScripts } from './client-scripts.ts';
import { ABSOLUTE_PAGES, withRelativeUrls } from './relative-urls.ts';
import { cspOf, withOwnHashes, writeServerConfig } from './static-headers.ts';

/** The site's base path as every address is built from it: with its final slash (/explainer/). */
export const basePath = (configured: string) => (configured.endsWith('/') ? configured : `${configured}/`);

/**
 * A built page as it is published. The hashes are taken before the addresses are rewritten, and
 * hold after: the rewriting leaves inline scripts and styles as they are.
 */
export function publishedPage(html: string, base: string, file: string, known: Iterable<string>): string {
  const allowed = withOwnHashes(html, known, file);
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return ABSOLUTE_PAGES.includes(file) ? allowed : withRelativeUrls(allowed, base, folder);
}

export function builtSite(): AstroIntegration {
  let base = '/';
  return {
    name: 'built-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePath(config.base);
      },
      'astro:server:setup': ({ server }) => serveClientScripts(server, base),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // First, so that the check of every published file's type covers the scripts too.
        const scripts = await writeClientScripts(outDir);
        logger.info(`wrote ${scripts.join(', ')}`);
        const known = await inlineScripts();
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .map((f) => f.split('\\').join('/'))
          .filter((f) => f.endsWith('.html'))
          .sort();
        const pages = files.map((file) => {
          const built = readFileSync(join(outDir, file), 'utf8');
          const html = publishedPage(built, base, file, known);
          if (html !== built) writeFileSync(join(outDir, file), html);
          // The address a static host serves the file at: en/index.html → /en/.
          const path = base + file.replace(/(^|\/)index\.html$/, '$1');
          return { file, path, metaPolicy: cspOf(html) };
        });
        logger.info(`gave ${pages.length} pages their own script hashes and addresses relative to themselves`);
        const configDir = writeServerConfig(outDir, base, pages);
        logger.info(
          `wrote _headers, .htaccess and ${relative(process.cwd(), configDir) || '.'}/{nginx.conf,Caddyfile}`,
        );
      },
    },
  };
}
