// What a screen reader hears, from Chromium's accessibility tree: no empty landmark, the "show
// original" links named apart, each by its words and its section, and the paragraph one shows named
// by its caption; each term's control named by its words and described as a definition.
import { test, expect, LOCALES } from './fixtures.ts';

for (const locale of LOCALES) {
  test(`/${locale}/: every landmark has content, every "show original" link a name of its own`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    for (const role of ['complementary', 'navigation', 'region', 'main', 'banner', 'contentinfo'] as const) {
      for (const landmark of await page.getByRole(role).all()) {
        const tree = await landmark.ariaSnapshot();
        expect(tree.split('\n').length, `an empty ${role}: ${tree}`).toBeGreaterThan(1);
      }
    }
    const words = locale === 'ko' ? '번역 보기' : 'Show original';
    const links = await page.getByRole('link', { name: words }).all();
    expect(links.length).toBeGreaterThan(10);
    const names: string[] = [];
    for (const link of links) {
      // The tree's own line for the link: - link "name":
      const name = /^- link "(.*)"/.exec(await link.ariaSnapshot())![1]!;
      const heading = await link.evaluate((a) => a.closest('section')!.querySelector('h2')!.textContent.trim());
      expect(name.startsWith(`${words} ${heading}`), `${name} names its section`).toBe(true);
      names.push(name);
    }
    expect(new Set(names).size, 'names heard').toBe(names.length);
    // Each term's control: named by its words, described as a definition and then by its card's
    // definition alone, neither the term's name again nor the card's glossary link.
    const term = page.locator('.term').first();
    const card = page.locator(`#${await term.locator('button').getAttribute('popovertarget')}`);
    const definition = (await card.locator(':scope > span:not([lang])').textContent())!.trim();
    await expect(term.locator('button')).toHaveAccessibleName((await term.textContent())!.trim());
    await expect(term.locator('button')).toHaveAccessibleDescription(
      `${locale === 'ko' ? '뜻풀이' : 'Definition'} ${definition}`,
    );
    // Opened, the link says it hides the original, and so does its name.
    const first = page.locator('a.show-other').first();
    await first.click();
    await expect(first).not.toHaveText(words);
    const shown = (await first.textContent())!.trim();
    await expect(first).toHaveAccessibleName(names[0]!.replace(words, shown));
    // The paragraph it shows is named by its visible caption.
    await expect(page.locator('.other-para')).toHaveAccessibleName(locale === 'ko' ? '영어 번역' : 'Korean original');
  });
}
