// What a screen reader hears, from Chromium's accessibility tree: no empty landmark, and the
// "show original" links named apart, each by its words and its section.
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
      const heading = await link.evaluate((a) => a.closest('section')!.querySelector('h2')!.textContent!.trim());
      expect(name.startsWith(`${words} ${heading}`), `${name} names its section`).toBe(true);
      names.push(name);
    }
    expect(new Set(names).size, 'names heard').toBe(names.length);
    // Opened, the link says it hides the original, and so does its name.
    const first = page.locator('a.show-other').first();
    await first.click();
    await expect(first).not.toHaveText(words);
    const shown = (await first.textContent())!.trim();
    await expect(first).toHaveAccessibleName(names[0]!.replace(words, shown));
  });
}
