// dist/_headers, as Netlify and Cloudflare Pages read it: every built page is named, with the
// policy of its own CSP meta tag plus frame-ancestors. No browser: the build's files are read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { cspOf } from '../../src/integrations/static-headers.ts';
import { builtHtmlFiles, ROOT_BUILD, servedPath } from '../support/site.ts';

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
