// dist/_headers: each page's own policy, read from its meta tag whatever the attribute order, and a
// page without a policy stops the build instead of being served without one.
import { expect, test } from 'vitest';
import { cspOf, headersFile, withOwnHashes } from '../../src/integrations/static-headers.ts';
import { sha256Source } from '../../src/node/csp.ts';

test('the policy is read whatever the order and quoting of the attributes', () => {
  expect(cspOf(`<meta http-equiv="content-security-policy" content="default-src 'none'">`)).toBe("default-src 'none'");
  expect(cspOf(`<meta content="default-src 'self'" http-equiv="Content-Security-Policy">`)).toBe("default-src 'self'");
  expect(cspOf(`<meta charset="utf-8"><meta name="description" content="x">`)).toBeUndefined();
});

test('each page gets its own policy with frame-ancestors, after the site-wide headers', () => {
  const file = headersFile('/explainer/', [
    {
      file: 'en/index.html',
      path: '/explainer/en/',
      html: `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-x'">`,
    },
  ]);
  expect(file).toContain('/explainer/*\n  X-Content-Type-Options: nosniff');
  expect(file).toContain(
    `/explainer/en/\n  Content-Security-Policy: default-src 'none'; script-src 'sha256-x' frame-ancestors 'none';`,
  );
});

test('a page without a policy is an error naming the file', () => {
  expect(() => headersFile('/', [{ file: 'en/index.html', path: '/en/', html: '<p>no policy</p>' }])).toThrow(
    /en\/index\.html has no Content-Security-Policy/,
  );
});

test("each page's policy keeps only the hashes of its own inline scripts and styles", () => {
  const [run, data, style] = ['boot()', '{"@context":"https://schema.org"}', 'p{color:red}'];
  const policy = (scripts: string[], styles: string[]) =>
    `default-src 'none'; script-src 'self' ${scripts.map((s) => `'${sha256Source(s)}'`).join(' ')}; style-src 'self' ${styles.map((s) => `'${sha256Source(s)}'`).join(' ')};`;
  const page = (csp: string) =>
    `<head><meta http-equiv="content-security-policy" content="${csp}"><style>${style}</style></head>` +
    `<body><script type="application/ld+json">${data}</script><script>${run}</script><script type="module" src="/a.js"></script></body>`;
  const built = page(policy([run, 'island()', data], [style, 'astro-island{display:contents}']));
  expect(withOwnHashes(built)).toBe(page(policy([run], [style])));
  // A page without a policy is left as it is (headersFile reports it).
  expect(withOwnHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
});
