// No broken link, on the site at a host's root (dist/) and under a sub-path (/explainer/, built by
// npm run build:subpath): linkinator crawls each from its home page, and from its 404 page (which
// nothing links to), checking every internal link, asset and data file, and every #fragment
// against the ids of the target page (tests/support/crawl.ts). The same build at other paths:
// tests/built/paths.test.ts.
import { test, expect } from '@playwright/test';
import { broken, crawl as crawlFrom, LinkState } from '../support/crawl.ts';
import { ROOT_BUILD, SUBPATH_BUILD, sitemapPaths, siteOrigin, type Build } from '../support/site.ts';

const crawl = (build: Build, start: string) => crawlFrom(build.origin, start, siteOrigin(build));

for (const build of [ROOT_BUILD, SUBPATH_BUILD]) {
  test.describe(`links of the site served at ${build.base}`, () => {
    test.describe.configure({ timeout: 180_000 });

    test(`from ${build.base}: every link, asset, data file and fragment works, every page is reached`, async () => {
      const links = await crawl(build, build.base);
      expect(broken(links), 'broken links').toEqual([]);
      const reached = new Set(links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname));
      const unreached = sitemapPaths(build).filter((p) => !reached.has(p));
      expect(unreached, 'sitemap pages no link leads to').toEqual([]);
      expect([...reached].filter((p) => p.endsWith('.json')).length, 'data files reached').toBeGreaterThan(0);
    });

    test(`from ${build.base}404.html: its links work`, async () => {
      const links = await crawl(build, `${build.base}404.html`);
      expect(broken(links), 'broken links').toEqual([]);
      expect(links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(1);
    });
  });
}
