// Every internal address of a built page made relative to the page (one build at any path and
// from disk), and the inline scripts minified with their arguments in place.
import { expect, test } from 'vitest';
import { relativePath, withRelativeUrls } from '../../src/integrations/relative-urls.ts';
import { inlineCall } from '../../src/node/inline-script.ts';

test('a path under the base, seen from a page folder', () => {
  expect(relativePath('ko/', 'ko/parallel/#agi-clause-p1')).toBe('parallel/#agi-clause-p1');
  expect(relativePath('ko/', 'en/')).toBe('../en/');
  expect(relativePath('ko/glossary/', 'en/glossary/#agi')).toBe('../../en/glossary/#agi');
  expect(relativePath('ko/parallel/', '_astro/main.Ab12Cd34.js')).toBe('../../_astro/main.Ab12Cd34.js');
  expect(relativePath('', 'ko/')).toBe('ko/');
  expect(relativePath('ko/', '')).toBe('../');
  expect(relativePath('', '')).toBe('./');
  expect(relativePath('ko/', 'ko/')).toBe('./');
  // The page itself with a fragment is the fragment: no reload, whatever the page's address.
  expect(relativePath('ko/', 'ko/#agi-clause')).toBe('#agi-clause');
  expect(relativePath('ko/glossary/', 'ko/#agi-clause')).toBe('../#agi-clause');
  // A first segment that would read as a scheme keeps a ./ before it.
  expect(relativePath('', 'a:b/')).toBe('./a:b/');
});

test('links, scripts, images and data-* paths under the base are rewritten; the rest is left as it is', () => {
  const html = [
    '<link rel="icon" href="/explainer/favicon.svg">',
    '<link rel="canonical" href="https://example.org/explainer/ko/">',
    '<a href="/explainer/en/" data-lang-switch="en">English</a>',
    '<a href="//cdn.example/x">x</a><a href="/elsewhere/">y</a><a href="#top">top</a>',
    '<div data-other-source="/explainer/data/article.en.json" data-other-lang="en"></div>',
    '<img srcset="/explainer/a.png 1x, /explainer/b.png 2x" src="/explainer/a.png">',
    '<script defer src="/explainer/_astro/main.js"></script>',
    '<script>const a = \'<a href="/explainer/ko/">\';</script>',
    '<style>.x{background:url(/explainer/i.png)}</style><!-- <a href="/explainer/ko/"> -->',
  ].join('');
  expect(withRelativeUrls(html, '/explainer/', 'ko/')).toBe(
    [
      '<link rel="icon" href="../favicon.svg">',
      '<link rel="canonical" href="https://example.org/explainer/ko/">',
      '<a href="../en/" data-lang-switch="en">English</a>',
      '<a href="//cdn.example/x">x</a><a href="/elsewhere/">y</a><a href="#top">top</a>',
      '<div data-other-source="../data/article.en.json" data-other-lang="en"></div>',
      '<img srcset="../a.png 1x, ../b.png 2x" src="../a.png">',
      '<script defer src="../_astro/main.js"></script>',
      // Inline scripts and styles are allowed by their hashes: never touched.
      '<script>const a = \'<a href="/explainer/ko/">\';</script>',
      '<style>.x{background:url(/explainer/i.png)}</style><!-- <a href="/explainer/ko/"> -->',
    ].join(''),
  );
});

test('an inline call becomes a block with its arguments in place, minified', () => {
  function setTheme(key: string): void {
    try {
      document.documentElement.dataset.theme = localStorage.getItem(key) || 'system';
    } catch {
      // storage blocked
    }
  }
  expect(inlineCall(setTheme, 'explainer:theme')).toBe(
    'try{document.documentElement.dataset.theme=localStorage.getItem(`explainer:theme`)||`system`}catch{}',
  );
  // A body that returns stays a call.
  function early(flag: boolean): void {
    if (flag) return;
    document.title = 'x';
  }
  expect(inlineCall(early, true)).toMatch(/^\(function\(\w\)\{.*\}\)\(!0\)$/);
});
