// Where the built files point, checked with no browser. No file refers to a path from the root but
// the 404 page, whose links must lead into the site from whatever address was missing, so dist/,
// built for the root, works served unchanged at /other/ and at /a/b/c/ (a renamed folder, a project
// site, a proxy's prefix); nothing of the sub-path build points outside /explainer/. linkinator
// crawls each build where it was built to be served, and dist/ at those other paths: no broken
// link, asset, data file or #fragment (tests/support/crawl.ts), nothing outside the path, every
// page reached. What a browser does at these paths: tests/e2e/any-path.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { broken, crawl, LinkState } from '../support/crawl.ts';
import { ROOT_BUILD, SUBPATH_BASE, SUBPATH_BUILD, sitemapPaths, siteOrigin, type Build } from '../support/site.ts';
import { OTHER_MOUNTS, serveAt, type StaticServer } from '../support/static-server.ts';

const CSS = [/url\(\s*["']?(\/[^"')\s]*)/g, /@import\s+["'](\/[^"']*)/g];

/** A build's markup, styles and scripts, relative to its folder. */
const files = (build: Build) =>
  readdirSync(build.dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css|js)$/.test(f));
const read = (build: Build, file: string) => readFileSync(join(build.dir, file), 'utf8');

/** Each reference the patterns find in a file: in HTML attributes and CSS, or in a script. */
function references(file: string, text: string, patterns: { html: RegExp; js: RegExp }): RegExpExecArray[] {
  const found = file.endsWith('.html') ? [patterns.html, ...CSS] : file.endsWith('.css') ? CSS : [patterns.js];
  return found.flatMap((p) => [...text.matchAll(p)]);
}

/** Root-relative references of a built file ("/ko/", "/_astro/…"): what breaks at another path. */
const rootRelative = (file: string, text: string) =>
  references(file, text, {
    html: /\s(?:href|src|srcset|action|poster|data|data-[\w-]+)=["']?(\/[^"'\s>]*)/g,
    js: /["'`](\/(?:[\w.-]+\/)*[\w.-]*\.(?:js|json|css|svg|png|html)|\/(?:ko|en|data|_astro|og)\/[^"'`]*)["'`]/g,
  })
    .map((m) => m[1]!)
    .filter((path) => !path.startsWith('//'));

for (const build of [ROOT_BUILD, SUBPATH_BUILD]) {
  test(`no file of the ${build.base} build refers to a path from the root, but the 404 page`, () => {
    const built = files(build);
    expect(built.filter((f) => f.endsWith('.js')).length, 'scripts').toBeGreaterThan(0);
    const found = built
      .filter((f) => f !== '404.html')
      .flatMap((f) => rootRelative(f, read(build, f)).map((path) => `${f}: ${path}`));
    expect(found).toEqual([]);
    // The test would see one: the 404 page keeps its paths from the root, with the base path.
    expect(rootRelative('404.html', read(build, '404.html'))).toContain(`${build.base}ko/`);
  });
}

test(`the site under ${SUBPATH_BASE}: no file of the build points at a root-absolute path outside ${SUBPATH_BASE}`, () => {
  const built = files(SUBPATH_BUILD);
  expect(built.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
  const outside = built.flatMap((file) =>
    references(file, read(SUBPATH_BUILD, file), {
      html: /\s(?:href|src|srcset|action|poster|data|content|data-[\w-]+)=["']?(\/[^"'\s>]*)/g, // attributes, inline styles
      js: new RegExp(`["'\`](/(?:${[...locales, 'data', '_astro', 'og'].join('|')})/[^"'\`]*)`, 'g'), // the site's own folders, in script
    })
      .filter((m) => !m[1]!.startsWith(SUBPATH_BASE) && !m[1]!.startsWith('//'))
      .map((m) => `${file}: ${m[0].trim().slice(0, 100)}`),
  );
  expect(outside, `root-absolute paths outside ${SUBPATH_BASE}`).toEqual([]);
});

/**
 * Where linkinator crawls a build, each over a plain static server of its own (a folder's
 * index.html, the build's 404.html for anything missing): each build at the path it was built
 * for, and dist/, built for the root, unchanged at other paths.
 */
const PLACES = [
  { build: ROOT_BUILD, at: '/', what: 'dist/' },
  { build: SUBPATH_BUILD, at: SUBPATH_BASE, what: 'the sub-path build' },
  ...OTHER_MOUNTS.map((at) => ({ build: ROOT_BUILD, at, what: 'dist/' })),
];

const servers: StaticServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

for (const { build, at, what } of PLACES) {
  describe(`${what} served at ${at}`, () => {
    let origin = '';
    beforeAll(async () => {
      const server = await serveAt(build.dir, [at]);
      servers.push(server);
      origin = server.origin;
    });
    // SITE_URL's own addresses (canonical, hreflang, og:image) are checked by path where the build is served.
    const siteBase = at === build.base ? '/' : at;

    test(`every link, asset, data file and fragment works and stays under ${at}, every page is reached`, async () => {
      const links = await crawl(origin, at, siteOrigin(build), siteBase);
      expect(broken(links), 'broken links').toEqual([]);
      const ours = links.filter((l) => l.state === LinkState.OK && l.url.startsWith(origin));
      const outside = ours.map((l) => new URL(l.url).pathname).filter((p) => !p.startsWith(at));
      expect(outside, `requests outside ${at}`).toEqual([]);
      const reached = new Set(ours.map((l) => new URL(l.url).pathname));
      const pages = sitemapPaths(build).map((p) => at + p.slice(build.base.length));
      expect(
        pages.filter((p) => !reached.has(p)),
        'sitemap pages no link leads to',
      ).toEqual([]);
      // The page script, named by each page's <script src>: reached, and so (above) not broken
      // and not outside the path.
      expect(
        [...reached].some((p) => p.startsWith(`${at}_astro/main.`)),
        'page script reached',
      ).toBe(true);
      expect([...reached].filter((p) => p.endsWith('.json')).length, 'data files reached').toBeGreaterThan(0);
    }, 180_000);

    // The 404 page, which nothing links to, keeps paths from the build's base: crawled where its build belongs.
    if (at === build.base)
      test(`from ${at}404.html: its links work`, async () => {
        const links = await crawl(origin, `${at}404.html`, siteOrigin(build), siteBase);
        expect(broken(links), 'broken links').toEqual([]);
        expect(links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(1);
      }, 180_000);
  });
}
