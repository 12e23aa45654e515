// The word cards by axe, with a card open and its words marked. (How the cards read, mark and move,
// and what a page load fetches of them, in every engine: engines/words.spec.ts.)
import { test, expect, axeViolations, WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';

test('/en/parallel/: axe finds nothing with a word card open and its words marked, in light and dark', async ({
  page,
}) => {
  test.slow(); // axe over the longest page, twice
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/en/parallel/');
    await page.locator('#words').focus();
    await expect(page.locator('#word-card')).toBeAttached();
    await page.locator('#google-cloud-deal-p1-s1').click({ position: { x: 2, y: 8 } });
    await page.locator('#google-cloud-deal-p1-s1 .w[data-t="3"]').click();
    await expect(page.locator('#word-card')).toBeVisible();
    await expect(page.locator('.w-said')).toHaveCount(3);
    expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE_TAGS), colorScheme).toEqual([]);
  }
});
