// The one pass over a built page: its CSP given the hashes of its own inline scripts, then its
// addresses made relative to it, but on the 404 page; and the base path as every address uses it.
import { expect, test } from 'vitest';
import { basePath, publishedPage } from '../../src/integrations/built-site.ts';
import { sha256Source } from '../../src/node/csp.ts';

const boot = 'boot()';
const page = (script: string, href: string) =>
  `<head><meta http-equiv="content-security-policy" content="script-src 'self'${script}"></head>` +
  `<body><script>${boot}</script><a href="${href}">English</a></body>`;
const allowed = ` '${sha256Source(boot)}'`;

test('a page gets its own script hashes and addresses relative to itself; the 404 page keeps its paths', () => {
  expect(publishedPage(page('', '/explainer/en/'), '/explainer/', 'ko/index.html', [boot])).toBe(
    page(allowed, '../en/'),
  );
  expect(publishedPage(page('', '/explainer/en/'), '/explainer/', '404.html', [boot])).toBe(
    page(allowed, '/explainer/en/'),
  );
});

test('the base path ends with its slash however it was given', () => {
  expect(basePath('/explainer')).toBe('/explainer/');
  expect(basePath('/explainer/')).toBe('/explainer/');
  expect(basePath('/')).toBe('/');
});
