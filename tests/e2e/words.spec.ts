// The word cards' cost and first use, where Playwright sees the network: a page load fetches
// neither the cards nor their data, and the tap that first asks for them opens its own word's
// card once they arrive. (How the cards read, mark and move in every engine: engines/words.spec.ts.)
import { test, expect, axeViolations, WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';

const wordRequests = (urls: string[]) => urls.filter((u) => /words\.ko-en\.json|word-cards\.js/.test(u));

for (const path of ['/en/', '/ko/parallel/']) {
  test(`${path}: a page load fetches no word cards and no word data; turning the switch on or the first tap fetches them, and that tap opens its word’s card`, async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(path);
    await page.evaluate(() => scrollTo(0, 400));
    expect(wordRequests(requested)).toEqual([]);
    if (path === '/en/') await page.locator('#words').check();
    else {
      // The point on "OpenAI" in the first sentence of the English column, before any word is wrapped.
      const point = await page.evaluate(() => {
        const sentence = document.querySelector('#google-cloud-deal-p1 [lang="en"] p>span')!;
        const text = [...sentence.childNodes].find(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('OpenAI'),
        )!;
        const range = document.createRange();
        const at = text.textContent!.indexOf('OpenAI') + 2;
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        sentence.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(point.x, point.y);
      await expect(page.locator('#word-card .word-head')).toHaveText('OpenAI');
      await expect(page.locator('.w-said')).toHaveText(['오픈AI']);
    }
    await expect.poll(() => wordRequests(requested).length).toBe(2);
  });
}

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
