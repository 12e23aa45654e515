// After the build, writes what servers need to send each page with its own Content-Security-Policy
// (taken from the meta tag Astro wrote into it, plus what a meta tag cannot carry) and the security,
// type, compression and caching rules of src/node/serving/rules.ts: dist/_headers (Netlify,
// Cloudflare Pages), dist/.htaccess (Apache), and beside dist/, never published,
// server-config/nginx.conf and server-config/Caddyfile. First it narrows each page's policy to the
// inline scripts and styles that page has: Astro lists on every page the hashes of every inline
// script of the site and of its island scripts (one per client directive), which no page here
// runs, about 0.4 KB gzipped of every page. A file of a kind the rules give no type stops the build.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { sha256Source } from '../node/csp.ts';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { caddyfile } from '../node/serving/caddy.ts';
import { htaccess } from '../node/serving/apache.ts';
import { headersFile } from '../node/serving/headers-file.ts';
import { nginxConf } from '../node/serving/nginx.ts';
import { fileTypeOf, SERVER_CONFIG_DIR, SERVER_FILES, servingRules } from '../node/serving/rules.ts';

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

/** Every file of the build but those only servers read. */
function publishedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(SERVER_FILES as readonly string[]).includes(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
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
            return { file: relative(outDir, file).split('\\').join('/'), path: urlPath(base, outDir, file), html };
          });
        const untyped = publishedFiles(outDir).filter((f) => !fileTypeOf(f));
        if (untyped.length)
          throw new Error(
            `${untyped.join(', ')}: no server is told the type of such a file; add its kind to FILE_TYPES in src/node/serving/rules.ts`,
          );
        const rules = servingRules(
          base,
          pages.map(({ file, path, html }) => ({ file, path, metaPolicy: cspOf(html) })),
        );
        writeFileSync(join(outDir, '_headers'), headersFile(rules));
        writeFileSync(join(outDir, '.htaccess'), htaccess(rules));
        const configDir = join(dirname(outDir), SERVER_CONFIG_DIR);
        mkdirSync(configDir, { recursive: true });
        writeFileSync(join(configDir, 'nginx.conf'), nginxConf(rules));
        writeFileSync(join(configDir, 'Caddyfile'), caddyfile(rules));
        logger.info(
          `wrote _headers, .htaccess and ${relative(process.cwd(), configDir) || '.'}/{nginx.conf,Caddyfile}`,
        );
      },
    },
  };
}
