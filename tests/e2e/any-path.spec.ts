// One build at any path: dist/, built for the root, served unchanged at /other/ and at /a/b/c/ (a
// renamed folder, a project site, a proxy's prefix) by a plain static server, where the article
// reads with its script: a card opens, "show original" fetches its paragraph, the language switch
// leads on; and the 404 page, at a deep missing address, leads into the site. That every link and
// asset works there, and that no built file refers to a path from the root but the 404 page, is
// checked without a browser: tests/built/paths.test.ts.
import { test as base, expect, LOCALES } from './fixtures.ts';
import { ROOT_BUILD } from '../support/site.ts';
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
  baseURL: async ({ server }, use) => use(server.origin),
});

for (const mount of OTHER_MOUNTS) {
  test.describe(`dist/ served at ${mount}`, () => {
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
