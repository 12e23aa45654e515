// linkinator over a served site, as tests/built/paths.test.ts crawls it: every link, asset, data
// file and #fragment, recursively, from a start page. Other hosts are never fetched: links to them
// are skipped, and the site's own absolute URLs (canonical, hreflang, og:image, with SITE_URL's
// host) are checked by path on the test server, so that they too point at files the build has.
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Crawls from `start` on the server at `origin`; `site` is the origin the build was made for
 * (SITE_URL), and `siteBase` where that address's paths are served from on this server.
 */
export async function crawl(origin: string, start: string, site: string, siteBase = '/'): Promise<LinkResult[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${origin}${start}`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 4,
    timeout: 20_000,
    // A link that only works through a redirect (/ko instead of /ko/) does not work on every host.
    redirects: 'error',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(site)}/`), replacement: `${origin}${siteBase}` }],
    linksToSkip: (link) => {
      try {
        const { origin: linked } = new URL(link);
        return Promise.resolve(linked !== origin && linked !== site);
      } catch {
        return Promise.resolve(true); // not an http(s) URL (mailto:, tel:, …)
      }
    },
  });
  return result.links;
}

export function broken(links: LinkResult[]): string[] {
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

export { LinkState };
