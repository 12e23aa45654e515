// Without JavaScript the article is whole: every section heading and paragraph is there and
// shown, the language switch is a plain link that works, and every term's definition can be
// reached through the glossary page (each term of the article has its entry there, #<id>).
import { test, expect, LOCALES } from './fixtures.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { projectRoot, realContent } from '../support/content-copy.ts';
import { SOURCE_PARAGRAPHS } from '../support/source.ts';

test.use({ javaScriptEnabled: false });

/** The sections of the article in one language, in order, as the content files give them. */
function sections(locale: string): { section: string; heading: string }[] {
  return new ContentFolder(projectRoot, realContent)
    .sections(locale)
    .map((f) => f.frontmatter as { section: string; heading: string; order: number })
    .sort((a, b) => a.order - b.order)
    .map(({ section, heading }) => ({ section, heading }));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const locale of LOCALES) {
  const other = LOCALES.find((l) => l !== locale)!;

  test.describe(`/${locale}/ without JavaScript`, () => {
    test('every section heading and paragraph is present and shown', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const expected = sections(locale);
      expect(expected.length).toBeGreaterThan(0);
      const shown = await page.locator('.article-body section[id]').evaluateAll((list) =>
        list.map((s) => {
          const h2 = s.querySelector('h2');
          const visible = (el: Element | null) =>
            !!el &&
            el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
            el.getClientRects().length > 0;
          return {
            section: s.id,
            heading: h2?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            headingShown: visible(h2),
          };
        }),
      );
      expect(shown).toEqual(expected.map((e) => ({ ...e, headingShown: true })));

      const paragraphs = await page.locator('.article-body .para > p').evaluateAll((list) =>
        list.map((p) => ({
          text: (p as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
          shown:
            p.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
            p.getBoundingClientRect().height > 0,
        })),
      );
      expect(paragraphs.length, 'paragraphs').toBe(SOURCE_PARAGRAPHS.length);
      expect(
        paragraphs.filter((p) => !p.shown || p.text === '').map((p) => p.text),
        'paragraphs hidden or empty',
      ).toEqual([]);
      if (locale === 'ko') expect(paragraphs.map((p) => p.text)).toEqual(SOURCE_PARAGRAPHS.map(squash));
    });

    test(`the language switch goes to /${other}/`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const footerSwitch = page.locator(`.more-links [data-lang-switch="${other}"]`);
      await expect(footerSwitch).toHaveAttribute('href', new RegExp(`/${other}/$`));
      await page.locator(`.site-header [data-lang-switch="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('h1')).toBeVisible();
    });

    test('every term on the article has its definition on the glossary page', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const terms = await page.locator('.term > button').evaluateAll((buttons) =>
        buttons.map((b) => ({
          text: b.parentElement!.textContent.trim(),
          target: b.getAttribute('popovertarget') ?? '',
        })),
      );
      expect(terms.length, 'terms on the article').toBeGreaterThan(0);
      const bad = terms.filter((t) => !/^term-[a-z0-9-]+$/.test(t.target));
      expect(bad, 'terms without a popovertarget "term-<id>"').toEqual([]);
      const ids = [...new Set(terms.map((t) => t.target.slice('term-'.length)))];
      const definitions = Object.fromEntries(
        await Promise.all(
          ids.map(
            async (id) => [id, squash(await page.locator(`#term-${id} > span:not([lang])`).innerText())] as const,
          ),
        ),
      );

      // Reached the way a reader would, through the site's navigation.
      await page.locator(`.site-nav a[href$="glossary/"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/$`));
      const entries = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const el = document.getElementById(id);
            return {
              id,
              found: !!el,
              shown: !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0,
              text: el ? el.innerText.replace(/\s+/g, ' ').trim() : '',
            };
          }),
        ids,
      );
      const missing = entries.filter((e) => !e.found || !e.shown).map((e) => e.id);
      expect(missing, `terms of /${locale}/ with no shown entry on /${locale}/glossary/`).toEqual([]);
      const mismatched = entries
        .filter((e) => !e.text.includes(definitions[e.id]!))
        .map((e) => `#${e.id}: "${definitions[e.id]}"`);
      expect(mismatched, 'glossary entries without the definition the term card gives').toEqual([]);
    });
  });
}

test('without JavaScript, the parallel view hides the other language, and pointing at a sentence shows its counterpart', async ({
  page,
}) => {
  await page.goto('/en/parallel/');
  const shown = () =>
    page
      .locator('.pair-block[lang] p>span')
      .evaluateAll((list) =>
        list
          .filter((s) => s.checkVisibility({ visibilityProperty: true }))
          .map((s) => `${s.closest('.pair')!.id} ${[...s.parentElement!.children].indexOf(s) + 1}`),
      );
  const all = await shown();
  expect(all.length).toBeGreaterThan(60);
  await page.locator('#hide-other').check();
  expect(await shown()).toEqual([]);
  await expect(page.locator('.parallel-section .other-heading').first()).toBeHidden();
  const own = page.locator('#agi-clause-p1-s2');
  await own.scrollIntoViewIfNeeded();
  // The first line of the sentence, where it starts (its box would also cover the line before).
  const box = await own.evaluate((s) => {
    const r = s.getClientRects()[0]!;
    return { x: r.right - 8, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await expect.poll(shown).toEqual(['agi-clause-p1 2']);
  await page.mouse.move(0, 0);
  await expect.poll(shown).toEqual([]);
  await page.locator('#hide-other').uncheck();
  expect(await shown()).toEqual(all);
});
