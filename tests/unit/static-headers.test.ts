// Each page's own policy, read from its meta tag whatever the attribute order, and narrowed to the
// page's own inline scripts and styles, each script one the site lists (what servers send is tested
// in server-config.test.ts).
import { expect, test } from 'vitest';
import { cspOf, withOwnHashes } from '../../src/integrations/static-headers.ts';
import { sha256Source } from '../../src/node/csp.ts';

test('the policy is read whatever the order and quoting of the attributes', () => {
  expect(cspOf(`<meta http-equiv="content-security-policy" content="default-src 'none'">`)).toBe("default-src 'none'");
  expect(cspOf(`<meta content="default-src 'self'" http-equiv="Content-Security-Policy">`)).toBe("default-src 'self'");
  expect(cspOf(`<meta charset="utf-8"><meta name="description" content="x">`)).toBeUndefined();
});

test("each page's policy keeps only the hashes of its own inline scripts and styles", () => {
  const [run, data, style] = ['boot()', '{"@context":"https://schema.org"}', 'p{color:red}'];
  const policy = (scripts: string[], styles: string[]) =>
    `default-src 'none'; script-src 'self' ${scripts.map((s) => `'${sha256Source(s)}'`).join(' ')}; style-src 'self' ${styles.map((s) => `'${sha256Source(s)}'`).join(' ')};`;
  const page = (csp: string) =>
    `<head><meta http-equiv="content-security-policy" content="${csp}"><style>${style}</style></head>` +
    `<body><script type="application/ld+json">${data}</script><script>${run}</script><script type="module" src="/a.js"></script></body>`;
  const known = [run, 'island()'];
  const built = page(policy([run, 'island()', data], [style, 'astro-island{display:contents}']));
  expect(withOwnHashes(built, known)).toBe(page(policy([run], [style])));
  // The pages register no hash: the page's own inline scripts are what it allows.
  expect(withOwnHashes(page(policy([], [style])), known)).toBe(page(policy([run], [style])));
  // A page without a policy is left as it is (headersFile reports it).
  expect(withOwnHashes('<p>no policy</p>', known)).toBe('<p>no policy</p>');
});

test('an inline script the site does not list stops the build, naming the page and the script', () => {
  const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self'"></head><body><script>stray()</script></body>`;
  expect(() => withOwnHashes(html, ['boot()'], 'ko/index.html')).toThrow(
    /^ko\/index\.html has an inline script that src\/node\/inline-scripts\.ts does not list.*: stray\(\)$/,
  );
});
