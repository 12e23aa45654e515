// No broken link, on the site at a host's root (dist/) and under a sub-path (/explainer/, built by
// npm run build:subpath): linkinator crawls each from its home page, and from its 404 page (which
// nothing links to), checking every internal link, asset and data file, and every #fragment
// against the ids of the target page. Other hosts are never fetched: links to them are skipped,
// and the site's own absolute URLs (canonical, hreflang, og:image, with SITE_URL's host) are
// checked by path on the test server, so that they too point at files the build has.
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { test, expect } from '@playwright/test';
import { ROOT_BUILD, SUBPATH_BUILD, sitemapPaths, siteOrigin, type Build } from '../support/site.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function crawl(build: Build, start: string): Promise<LinkResult[]> {
  const site = siteOrigin(build);
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${build.origin}${start}`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 4,
    timeout: 20_000,
    // A link that only works through a redirect (/ko instead of /ko/) does not work on every host.
    redirects: 'error',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(site)}/`), replacement: `${build.origin}/` }],
    linksToSkip: async (link) => {
      try {
        const { origin } = new URL(link);
        return origin !== build.origin && origin !== site;
      } catch {
        return true; // not an http(s) URL (mailto:, tel:, …)
      }
    },
  });
  return result.links;
}

function broken(links: LinkResult[]): string[] {
  return links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => {
      const details = (l.failureDetails ?? [])
        .map((d) =>
          d instanceof Error
            ? d.message
            : typeof d === 'object' && d && 'status' in d
              ? `HTTP ${(d as { status: number }).status}`
              : '',
        )
        .filter(Boolean)
        .join('; ');
      const why =
        l.status === 200 && l.url.includes('#')
          ? 'no element with this id on the page'
          : `status ${l.status ?? 'none'}`;
      return `${l.url} (linked from ${l.parent ?? 'the start'}): ${why}${details ? ` — ${details}` : ''}`;
    });
}

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
