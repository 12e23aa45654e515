// The site works under a sub-path of someone else's host: built with BASE_PATH=/explainer/
// (npm run build:subpath) and served from the folder above it, every page loads with all its
// assets, and nothing — markup, styles or script — points outside /explainer/. The 404 page works
// at any depth, as hosts serve it for any missing address; at the root, the test server does so.
// That no built file points outside /explainer/ is read from the files: tests/built/paths.test.ts.
import type { Page } from '@playwright/test';
import { test, expect, LOCALES } from './fixtures.ts';
import { allPagePaths, ROOT_BUILD, SUBPATH_BASE, SUBPATH_BUILD } from '../support/site.ts';

const BASE = SUBPATH_BASE;

test.describe(`the site under ${BASE}`, () => {
  test.use({ baseURL: SUBPATH_BUILD.origin });

  /** Fails the test on any request outside the sub-path or any failed response. */
  function watchPaths(page: Page) {
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === SUBPATH_BUILD.origin && !url.pathname.startsWith(BASE))
        problems.push(`request outside ${BASE}: ${r.url()}`);
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

  for (const path of allPagePaths(SUBPATH_BUILD)) {
    test(`${path} loads with all its assets, styled, from ${BASE} only`, async ({ page }) => {
      const problems = watchPaths(page);
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await cssRules(page), "rules of the site's styles in force").toBeGreaterThan(20);
      const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const outside = links.filter(
        (h) => new URL(h).origin === SUBPATH_BUILD.origin && !new URL(h).pathname.startsWith(BASE),
      );
      expect(outside, 'links outside the sub-path').toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  for (const locale of LOCALES) {
    const other = LOCALES.find((l) => l !== locale)!;
    test(`${BASE}${locale}/: the language switch and the other-language paragraph work`, async ({ page }) => {
      const problems = watchPaths(page);
      await page.goto(`${BASE}${locale}/`);
      const show = page.locator('a.show-other').first();
      await show.click();
      await expect(show).toHaveAttribute('aria-expanded', 'true');
      await expect(page).toHaveURL(new RegExp(`${BASE}${locale}/$`));
      await page.locator(`.site-header [data-lang-switch="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${BASE}${other}/(#[\\w-]+)?$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      expect(problems).toEqual([]);
    });
  }

  test(`${BASE} remembers the language chosen and returns to it`, async ({ page }) => {
    const problems = watchPaths(page);
    await page.goto(BASE);
    await page.locator('a[data-lang-choice="en"][data-view-choice="article"]').click();
    await expect(page).toHaveURL(new RegExp(`${BASE}en/$`));
    await page.goto(BASE);
    await expect(page).toHaveURL(new RegExp(`${BASE}en/$`));
    expect(problems).toEqual([]);
  });

  test(`${BASE}404.html works at any depth, as a host serves it for a missing page`, async ({ page, watch }) => {
    const problems = watchPaths(page);
    const body = await (await page.request.get(`${BASE}404.html`)).text();
    await page.route(`**${BASE}no/such/page/`, (route) =>
      route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body }),
    );
    await expectWorking404(page, watch, `${BASE}no/such/page/`, BASE);
    expect(problems).toEqual([]);
  });
});

test('the test server answers a missing page with the 404 page, which works at any depth', async ({ page, watch }) => {
  await expectWorking404(page, watch, '/no/such/page/', ROOT_BUILD.base);
});

/** How many CSS rules the page has in force, linked or inline: none if its styles did not load. */
function cssRules(page: Page): Promise<number> {
  return page.evaluate(() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0));
}

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
}
