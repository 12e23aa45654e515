// One site at any path. The sub-path build (BASE_PATH=/explainer/, npm run build:subpath), served
// from the folder above it as someone else's host would, and dist/, built for the root, served
// unchanged at /other/ and /a/b/c/ (a renamed folder, a project site, a proxy's prefix) by a plain
// static server: the article reads with its script there (a card opens, "show original" fetches
// its paragraph, the language switch leads on), and nothing it asks for lies outside its path. The
// 404 page works at any depth, as hosts serve it for any missing address. That no built file
// refers to a path outside its base, and that every link works there, is read from the files and
// crawled without a browser: tests/built/paths.test.ts.
import type { Page } from '@playwright/test';
import { test as base, expect, LOCALES } from './fixtures.ts';
import { allPagePaths, ROOT_BUILD, SUBPATH_BASE, SUBPATH_BUILD } from '../support/site.ts';
import { OTHER_MOUNTS, serveAt, type StaticServer } from '../support/static-server.ts';

const test = base.extend<object, { server: StaticServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
    async ({}, use) => {
      const server = await serveAt(ROOT_BUILD.dir, OTHER_MOUNTS);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

/** Every request to `origin` outside `base`, every 4xx or 5xx answer and every failed request. */
function watchPaths(page: Page, origin: string, base: string) {
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin && !url.pathname.startsWith(base)) problems.push(`request outside ${base}: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().includes('/no/such/page/')) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // The home page sends a returning reader on before its own load has finished, and the
    // browser cancels the rest of that load (ERR_ABORTED): the page itself and, depending on
    // timing, its icon. A cancel is never a missing or misplaced file, which shows as a 4xx
    // response or a request outside the base above; where the reader lands is what the tests check.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  return problems;
}

/** How many CSS rules the page has in force, linked or inline: none if its styles did not load. */
function cssRules(page: Page): Promise<number> {
  return page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0));
}

const PLACES = [
  { base: SUBPATH_BASE, what: 'the sub-path build', served: 'sub-path' as const },
  ...OTHER_MOUNTS.map((mount) => ({ base: mount, what: 'dist/', served: 'mounted' as const })),
];

for (const place of PLACES) {
  test.describe(`${place.what} at ${place.base}`, () => {
    test.use({
      baseURL: async ({ server }, use) => use(place.served === 'mounted' ? server.origin : SUBPATH_BUILD.origin),
    });

    for (const locale of LOCALES) {
      const other = LOCALES.find((l) => l !== locale)!;
      test(`${place.base}${locale}/ reads with its script: a card, show original, the language switch`, async ({
        page,
        baseURL,
      }) => {
        const problems = watchPaths(page, baseURL!, place.base);
        await page.goto(`${place.base}${locale}/#agi-clause`);
        await page.locator('#agi-clause .term').first().click();
        await expect(page.locator('.term-card:popover-open')).toHaveCount(1);
        await page.keyboard.press('Escape');
        const show = page.locator('#agi-clause-p1 .show-other');
        await show.click();
        await expect(show).toHaveAttribute('aria-expanded', 'true');
        await expect(page.locator(`#agi-clause-p1 .other-para[lang="${other}"]`)).toBeVisible();
        await expect(page).toHaveURL(`${baseURL}${place.base}${locale}/#agi-clause`);
        await page.locator(`.site-header [data-lang-switch="${other}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${place.base}${other}/(#[\\w-]+)?$`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe(`the site under ${SUBPATH_BASE}`, () => {
  test.use({ baseURL: SUBPATH_BUILD.origin });

  for (const path of allPagePaths(SUBPATH_BUILD)) {
    test(`${path} loads with all its assets, styled, from ${SUBPATH_BASE} only`, async ({ page }) => {
      const problems = watchPaths(page, SUBPATH_BUILD.origin, SUBPATH_BASE);
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await cssRules(page), "rules of the site's styles in force").toBeGreaterThan(20);
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const outside = links.filter(
        (h) => new URL(h).origin === SUBPATH_BUILD.origin && !new URL(h).pathname.startsWith(SUBPATH_BASE),
      );
      expect(outside, 'links outside the sub-path').toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test(`${SUBPATH_BASE} remembers the language chosen and returns to it`, async ({ page }) => {
    const problems = watchPaths(page, SUBPATH_BUILD.origin, SUBPATH_BASE);
    await page.goto(SUBPATH_BASE);
    await page.locator('a[data-lang-choice="en"][data-view-choice="article"]').click();
    await page.waitForURL(new RegExp(`${SUBPATH_BASE}en/$`), { waitUntil: 'load' });
    await page.goto(SUBPATH_BASE);
    await expect(page).toHaveURL(new RegExp(`${SUBPATH_BASE}en/$`));
    expect(problems).toEqual([]);
  });

  test(`${SUBPATH_BASE}404.html works at any depth, as a host serves it for a missing page`, async ({
    page,
    watch,
  }) => {
    const problems = watchPaths(page, SUBPATH_BUILD.origin, SUBPATH_BASE);
    const body = await (await page.request.get(`${SUBPATH_BASE}404.html`)).text();
    await page.route(`**${SUBPATH_BASE}no/such/page/`, (route) =>
      route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body }),
    );
    await expectWorking404(page, watch, `${SUBPATH_BASE}no/such/page/`, SUBPATH_BASE);
    expect(problems).toEqual([]);
  });
});

test('the test server answers a deep missing address with the 404 page, which leads into the site', async ({
  page,
  watch,
}) => {
  await expectWorking404(page, watch, '/a/b/c/d/no/such/page/', ROOT_BUILD.base);
});

/** The 404 page at `missing`: styled, both languages' links under `base`, and one leading to a page whose script runs. */
async function expectWorking404(page: Page, watch: { errors: string[] }, missing: string, base: string) {
  const response = await page.goto(missing);
  expect(response?.status()).toBe(404);
  // The browser logs the page's own 404 status as a console error: expected here, once, and no other.
  const own404 = () => watch.errors.findIndex((e) => /status of 404/.test(e));
  await expect.poll(own404).toBeGreaterThanOrEqual(0);
  watch.errors.splice(own404(), 1);
  await expect(page.locator('h1')).toHaveCount(LOCALES.length);
  expect(await cssRules(page), "rules of the site's styles in force on the 404 page").toBeGreaterThan(20);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', new RegExp(`^${base}`));
  for (const locale of LOCALES) {
    const link = page.locator(`a[hreflang="${locale}"]`);
    await expect(link).toHaveAttribute('href', `${base}${locale}/`);
  }
  await page.locator(`a[hreflang="${LOCALES[1]}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${base}${LOCALES[1]}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[1]);
  // The page it leads to runs its script: a card opens.
  await page.locator('.term').first().click();
  await expect(page.locator('.term-card:popover-open')).toHaveCount(1);
}
