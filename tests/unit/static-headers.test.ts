// dist/_headers: each page's own policy, read from its meta tag whatever the attribute order, and a
// page without a policy stops the build instead of being served without one.
import { expect, test } from 'vitest';
import { cspOf, headersFile } from '../../src/integrations/static-headers.ts';

test('the policy is read whatever the order and quoting of the attributes', () => {
  expect(cspOf(`<meta http-equiv="content-security-policy" content="default-src 'none'">`)).toBe("default-src 'none'");
  expect(cspOf(`<meta content="default-src 'self'" http-equiv="Content-Security-Policy">`)).toBe("default-src 'self'");
  expect(cspOf(`<meta charset="utf-8"><meta name="description" content="x">`)).toBeUndefined();
});

test('each page gets its own policy with frame-ancestors, after the site-wide headers', () => {
  const file = headersFile('/explainer/', [
    { file: 'en/index.html', path: '/explainer/en/', html: `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'sha256-x'">` },
  ]);
  expect(file).toContain('/explainer/*\n  X-Content-Type-Options: nosniff');
  expect(file).toContain(`/explainer/en/\n  Content-Security-Policy: default-src 'none'; script-src 'sha256-x' frame-ancestors 'none';`);
});

test('a page without a policy is an error naming the file', () => {
  expect(() => headersFile('/', [{ file: 'en/index.html', path: '/en/', html: '<p>no policy</p>' }])).toThrow(/en\/index\.html has no Content-Security-Policy/);
});
