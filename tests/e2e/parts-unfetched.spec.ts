// What the page does when a part of its script cannot be fetched (offline after the page came, or
// the page being left): a part resolves to nothing (src/scripts/load-script.ts), and each use of
// one falls back to what works without it, with no uncaught error or unhandled rejection.
import { test, expect } from '@playwright/test';

test('without its parts, "show original" opens the parallel view at the paragraph, and a card still opens', async ({
  browser,
  baseURL,
}) => {
  // Its own context, not the watched page: the refused requests are logged as errors, as they should.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  // Every part of the page script (main.<hash>.<part>.js), not the page script itself.
  await page.route(/\/_astro\/main\.[\w-]+\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', '');

  // A card opens, pinned, though the keys and the hover it would fetch cannot come.
  await page.locator('#agi-clause .term').first().click();
  await expect(page.locator('.term-card:popover-open')).toHaveCount(1);
  await page.locator('#agi-clause .term').first().click();
  await expect(page.locator('.term-card:popover-open')).toHaveCount(0);

  await page.locator('#antitrust-p1 .show-other').click();
  await expect(page).toHaveURL(/\/en\/parallel\/#antitrust-p1$/);
  await expect(page.locator('#antitrust-p1 .pair-block[lang="ko"]')).toBeVisible();
  expect(uncaught).toEqual([]);
  await context.close();
});
