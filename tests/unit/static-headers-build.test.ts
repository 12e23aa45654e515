// What the build step writes as _headers (Netlify, Cloudflare Pages), run on a small build of its
// own: every built page named at the address a host serves it at, with the policy of its own CSP
// meta tag plus frame-ancestors; and a build under a sub-path naming the addresses on the host, so
// that its _headers works at the publish root above it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { builtSite } from '../../src/integrations/built-site.ts';
import { cspOf } from '../../src/integrations/static-headers.ts';

const PAGES: Record<string, string> = {
  'index.html': "default-src 'none'; img-src 'self';",
  '404.html': "default-src 'none'; style-src 'self';",
  'ko/index.html': "default-src 'none'; script-src 'self';",
  'en/parallel/index.html': "default-src 'none'; script-src 'self'; style-src 'self';",
};

let publishRoot = '';
afterEach(() => rmSync(publishRoot, { recursive: true, force: true }));

/** Writes the pages and a hashed asset into publishRoot/<base>, runs the build step there, returns the folder. */
async function build(base: string): Promise<string> {
  publishRoot = mkdtempSync(join(tmpdir(), 'static-headers-'));
  const outDir = join(publishRoot, base);
  for (const [file, policy] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(
      join(outDir, file),
      `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`,
    );
  }
  mkdirSync(join(outDir, '_astro'));
  writeFileSync(join(outDir, '_astro', 'main.abc123.js'), 'void 0;');
  const hooks = builtSite().hooks as Record<string, (options: unknown) => unknown>;
  hooks['astro:config:done']!({ config: { base } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${outDir}/`), logger: { info() {} } });
  return outDir;
}

test('_headers gives every built page the policy of its meta tag', async () => {
  const outDir = await build('/');
  const headers = readFileSync(join(outDir, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  for (const page of Object.keys(PAGES)) {
    const path = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    const policy = cspOf(readFileSync(join(outDir, page), 'utf8'));
    expect(policy, page).toBeTruthy();
    expect(headers, page).toContain(
      `\n${path}\n  Content-Security-Policy: ${policy!.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';\n`,
    );
  }
});

test('the sub-path build names addresses on the host, so its _headers works at the publish root above it', async () => {
  const base = '/explainer/';
  const outDir = await build(base);
  const headers = readFileSync(join(outDir, '_headers'), 'utf8');
  const paths = [...headers.matchAll(/^(\/\S*)$/gm)].map((m) => m[1]!);
  // The site-wide rule, the hashed assets' and one per page.
  expect(paths.length).toBe(Object.keys(PAGES).length + 2);
  for (const path of paths) {
    expect(path, 'every rule is under the base path').toMatch(new RegExp(`^${base}`));
    const target = join(publishRoot, path.replace(/\*$/, '').replace(/\/$/, '/index.html'));
    const exists = path.endsWith('*') ? statSync(dirname(`${target}x`)).isDirectory() : existsSync(target);
    expect(exists, `${path} names nothing under the publish root`).toBe(true);
  }
});
