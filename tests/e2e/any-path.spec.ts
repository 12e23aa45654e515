// One build at any path: dist/, built for the root, served unchanged at /other/ and at /a/b/c/ (a
// renamed folder, a project site, a proxy's prefix) by a plain static server. Every page's every
// link, script, style, image, data file and #fragment works there and stays under that path, and
// the article reads with its script: a card opens, "show original" fetches its paragraph, the
// language switch leads on. This holds because no built file refers to a path from the root but
// the 404 page, whose links must lead into the site from whatever address was missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, LOCALES } from './fixtures.ts';
import { broken, crawl, LinkState } from '../support/crawl.ts';
import { ROOT_BUILD, SUBPATH_BUILD, sitemapPaths, siteOrigin } from '../support/site.ts';
import { serveAt, type StaticServer } from '../support/static-server.ts';

const MOUNTS = ['/other/', '/a/b/c/'];

const test = base.extend<object, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const server = await serveAt(ROOT_BUILD.dir, MOUNTS);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.origin),
});

/** Root-relative references of a built file ("/ko/", "/_astro/…"): what breaks at another path. */
function rootRelative(file: string, text: string): string[] {
  const css = [/url\(\s*["']?(\/[^"')\s]*)/g, /@import\s+["'](\/[^"']*)/g];
  const patterns = file.endsWith('.html')
    ? [/\s(?:href|src|srcset|action|poster|data|data-[\w-]+)=["']?(\/[^"'\s>]*)/g, ...css]
    : file.endsWith('.css')
      ? css
      : file.endsWith('.js')
        ? [/["'`](\/(?:[\w.-]+\/)*[\w.-]*\.(?:js|json|css|svg|png|html)|\/(?:ko|en|data|_astro|og)\/[^"'`]*)["'`]/g]
        : [];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!)).filter((path) => !path.startsWith('//'));
}

for (const build of [ROOT_BUILD, SUBPATH_BUILD]) {
  test(`no file of the ${build.base} build refers to a path from the root, but the 404 page`, () => {
    const files = readdirSync(build.dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(html|css|js)$/.test(f),
    );
    expect(files.filter((f) => f.endsWith('.js')).length, 'scripts').toBeGreaterThan(0);
    const found = files
      .filter((f) => f !== '404.html')
      .flatMap((f) => rootRelative(f, readFileSync(join(build.dir, f), 'utf8')).map((path) => `${f}: ${path}`));
    expect(found).toEqual([]);
    // The test would see one: the 404 page keeps its paths from the root, with the base path.
    expect(rootRelative('404.html', readFileSync(join(build.dir, '404.html'), 'utf8'))).toContain(`${build.base}ko/`);
  });
}

for (const mount of MOUNTS) {
  test.describe(`dist/ served at ${mount}`, () => {
    test(`every link, asset, data file and fragment works and stays under ${mount}`, async ({ server }) => {
      test.setTimeout(180_000);
      const links = await crawl(server.origin, mount, siteOrigin(ROOT_BUILD), mount);
      expect(broken(links), 'broken links').toEqual([]);
      const ours = links.filter((l) => l.state === LinkState.OK && l.url.startsWith(server.origin));
      const outside = ours.map((l) => new URL(l.url).pathname).filter((p) => !p.startsWith(mount));
      expect(outside, `requests outside ${mount}`).toEqual([]);
      const reached = new Set(ours.map((l) => new URL(l.url).pathname));
      const pages = sitemapPaths(ROOT_BUILD).map((p) => mount + p.slice(1));
      expect(
        pages.filter((p) => !reached.has(p)),
        'sitemap pages no link leads to',
      ).toEqual([]);
      // The page script, named by each page's <script src>: reached, and so (above) not broken
      // and not outside the mount.
      expect(
        [...reached].some((p) => p.startsWith(`${mount}_astro/main.`)),
        'page script reached',
      ).toBe(true);
      expect([...reached].filter((p) => p.endsWith('.json')).length, 'data files reached').toBeGreaterThan(0);
    });

    for (const locale of LOCALES) {
      const other = LOCALES.find((l) => l !== locale)!;
      test(`${mount}${locale}/ reads with its script: a card, show original, the language switch`, async ({ page }) => {
        const outside: string[] = [];
        page.on('request', (r) => {
          if (!new URL(r.url()).pathname.startsWith(mount)) outside.push(r.url());
        });
        await page.goto(`${mount}${locale}/#agi-clause`);
        await page.locator('#agi-clause .term').first().click();
        await expect(page.locator('.term-card:popover-open')).toHaveCount(1);
        await page.keyboard.press('Escape');
        const show = page.locator('#agi-clause-p1 .show-other');
        await show.click();
        await expect(show).toHaveAttribute('aria-expanded', 'true');
        await expect(page.locator(`#agi-clause-p1 .other-para[lang="${other}"]`)).toBeVisible();
        await page.locator(`.site-header [data-lang-switch="${other}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${mount}${other}/(#[\\w-]+)?$`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        expect(outside).toEqual([]);
      });
    }
  });
}

test.describe('the 404 page at a deep missing address', () => {
  test.use({ baseURL: ROOT_BUILD.origin });

  test('leads into the site at the root, with its style', async ({ page, watch }) => {
    const response = await page.goto('/a/b/c/d/no-such-page/');
    expect(response?.status()).toBe(404);
    // The browser logs the page's own 404 status as a console error: expected here, once.
    await expect.poll(() => watch.errors.filter((e) => /status of 404/.test(e)).length).toBe(1);
    watch.errors.splice(
      watch.errors.findIndex((e) => /status of 404/.test(e)),
      1,
    );
    expect(
      await page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)),
    ).toBeGreaterThan(20);
    await page.locator(`a[hreflang="${LOCALES[1]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${LOCALES[1]}/$`));
    // The page it leads to runs its script: a card opens.
    await page.locator('.term').first().click();
    await expect(page.locator('.term-card:popover-open')).toHaveCount(1);
  });
});
