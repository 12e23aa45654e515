// dist/_headers, as Netlify and Cloudflare Pages read it: every built page is named, with the
// policy of its own CSP meta tag plus frame-ancestors; the sub-path build's names the addresses
// the host serves, from the publish root above it. No browser: the build's files are read.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from '@playwright/test';
import { cspOf } from '../../src/integrations/static-headers.ts';
import { builtHtmlFiles, ROOT_BUILD, servedPath, SUBPATH_BUILD } from '../support/site.ts';

test('_headers gives every built page the policy of its meta tag', () => {
  const headers = readFileSync(join(ROOT_BUILD.dir, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n/);
  const pages = builtHtmlFiles(ROOT_BUILD);
  expect(pages.length).toBeGreaterThan(5);
  for (const page of pages) {
    const path = servedPath(ROOT_BUILD, page);
    const policy = cspOf(readFileSync(join(ROOT_BUILD.dir, page), 'utf8'));
    expect(policy, page).toBeTruthy();
    expect(headers, page).toContain(
      `\n${path}\n  Content-Security-Policy: ${policy!.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';\n`,
    );
  }
});

test('the sub-path build names addresses on the host, so its _headers works at the publish root above it', () => {
  const headers = readFileSync(join(SUBPATH_BUILD.dir, '_headers'), 'utf8');
  const paths = [...headers.matchAll(/^(\/\S*)$/gm)].map((m) => m[1]!);
  expect(paths.length).toBeGreaterThan(5);
  const publishRoot = dirname(SUBPATH_BUILD.dir);
  for (const path of paths) {
    expect(path, 'every rule is under the base path').toMatch(new RegExp(`^${SUBPATH_BUILD.base}`));
    const target = join(publishRoot, path.replace(/\*$/, '').replace(/\/$/, '/index.html'));
    const exists = path.endsWith('*') ? statSync(dirname(`${target}x`)).isDirectory() : existsSync(target);
    expect(exists, `${path} names nothing under ${publishRoot}`).toBe(true);
  }
});
