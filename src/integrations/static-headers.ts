// What servers need to send each page with its own Content-Security-Policy (taken from the meta tag
// Astro wrote into it, plus what a meta tag cannot carry) and the security, type, compression and
// caching rules of src/node/serving/rules.ts: dist/_headers (Netlify, Cloudflare Pages),
// dist/.htaccess (Apache), and beside dist/, never published, server-config/nginx.conf and
// server-config/Caddyfile. The pass over the built pages (built-site.ts) first gives each page's
// policy the hashes of exactly the inline scripts and styles that page has, then writes these
// files from the policies as they end. A file of a kind the rules give no type stops the build.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { sha256Source } from '../node/csp.ts';
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

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The inline scripts of a page that run (not data such as JSON-LD), in the order they come. */
function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(
      ([, attributes]) =>
        !/\bsrc\s*=/i.test(attributes!) && !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes!),
    )
    .map((m) => m[2]!);
}

/**
 * The page with its CSP meta tag allowing, as scripts, the hashes of the inline scripts it carries,
 * each of which must be one of `known` (src/node/inline-scripts.ts lists them); as styles, of the
 * hashes Astro listed, only those of the page's own inline styles. Sources other than hashes stay.
 * Astro lists on every page the hashes of every inline style of the site and of its island
 * scripts (one per client directive), which no page here runs: about 0.4 KB gzipped of every page.
 */
export function withOwnHashes(html: string, known: Iterable<string>, page = 'a page'): string {
  const policy = cspOf(html);
  if (!policy) return html;
  const knownHashes = new Set<string>([...known].map(sha256Source));
  const inline = inlineScriptsOf(html);
  const unknown = inline.find((s) => !knownHashes.has(sha256Source(s)));
  if (unknown !== undefined)
    throw new Error(
      `${page} has an inline script that src/node/inline-scripts.ts does not list, so its CSP would not allow it: ${unknown.slice(0, 120)}`,
    );
  const scripts = [...new Set(inline.map(sha256Source))];
  const styles = new Set<string>([...html.matchAll(INLINE_STYLE)].map((m) => sha256Source(m[1]!)));
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const narrowed = policy.replace(/(script-src|style-src)\s([^;]*)/g, (_, name: string, sources: string) => {
    const listed = sources.split(/\s+/).filter(Boolean);
    const kept =
      name === 'script-src'
        ? [...listed.filter((s) => !isHash(s)), ...scripts.map((hash) => `'${hash}'`)]
        : listed.filter((s) => !isHash(s) || styles.has(s.slice(1, -1)));
    return `${name} ${kept.join(' ')}`;
  });
  if (scripts.length && !/(^|;)\s*script-src\s/.test(narrowed))
    throw new Error(`${page}: its CSP has no script-src to allow its inline scripts in`);
  return html.replace(`content="${policy}"`, `content="${narrowed}"`);
}

/** Every file of the build but those only servers read. */
function publishedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(SERVER_FILES as readonly string[]).includes(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Writes the servers' files for the pages as built; gives where the two beside the build went. */
export function writeServerConfig(outDir: string, base: string, pages: Parameters<typeof servingRules>[1]): string {
  const untyped = publishedFiles(outDir).filter((f) => !fileTypeOf(f));
  if (untyped.length)
    throw new Error(
      `${untyped.join(', ')}: no server is told the type of such a file; add its kind to FILE_TYPES in src/node/serving/rules.ts`,
    );
  const rules = servingRules(base, pages);
  writeFileSync(join(outDir, '_headers'), headersFile(rules));
  writeFileSync(join(outDir, '.htaccess'), htaccess(rules));
  const configDir = join(dirname(outDir), SERVER_CONFIG_DIR);
  mkdirSync(configDir, { recursive: true });
  writeFileSync(join(configDir, 'nginx.conf'), nginxConf(rules));
  writeFileSync(join(configDir, 'Caddyfile'), caddyfile(rules));
  return configDir;
}
