// Print: the article without the site's navigation, with every term's definition card printed as
// an endnote; and a real PDF of each language (reports/print/<locale>.pdf) to show that it prints.
import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, LOCALES } from './fixtures.ts';

const PDF_DIR = 'reports/print';

for (const locale of LOCALES) {
  test(`/${locale}/ prints without navigation, with the term definitions as endnotes`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.emulateMedia({ media: 'print' });

    for (const selector of ['.site-header', '.site-nav', '.toc', '.lang-switch', '[data-lang-switch]', '.skip-link']) {
      const all = page.locator(selector);
      expect(await all.count(), `${selector} on the page`).toBeGreaterThan(0);
      const displayed = await all.evaluateAll((list) =>
        list.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 100)),
      );
      expect(displayed, `${selector} displayed in print`).toEqual([]);
    }

    const terms = await page
      .locator('.term > button')
      .evaluateAll((b) => [...new Set(b.map((t) => t.getAttribute('popovertarget')))]);
    const cards = page.locator('.term-card');
    expect(await cards.count(), 'one definition card per term used').toBe(terms.length);
    const notShown = await cards.evaluateAll((list) =>
      list
        .filter((card) => {
          const label = card.querySelector<HTMLElement>(':scope > strong');
          const text = card.querySelector<HTMLElement>(':scope > span:not([lang])');
          const shown = (el: HTMLElement | null) =>
            !!el &&
            el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
            el.getClientRects().length > 0 &&
            el.innerText.trim() !== '';
          return !(shown(card as HTMLElement) && shown(label) && shown(text));
        })
        .map((card) => card.id),
    );
    expect(notShown, 'definition cards not printed with their label and text').toEqual([]);
    // The endnotes come after the article, under their heading.
    await expect(page.locator('.term-cards .print-only')).toBeVisible();
    const after = await page.locator('.term-cards').evaluate((notes) => {
      const article = document.querySelector('.article-body');
      return !!article && !!(article.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after, 'endnotes after the article').toBe(true);

    mkdirSync(PDF_DIR, { recursive: true });
    const path = `${PDF_DIR}/${locale}.pdf`;
    await page.pdf({ path, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, 'pages in the PDF').toBeGreaterThan(1);
  });
}

test('the parallel view prints both languages, even with the other language hidden on screen', async ({ page }) => {
  await page.goto('/en/parallel/');
  await page.locator('#hide-other').check();
  await expect(page.locator('#agi-clause-p1 .pair-block[lang] p>span').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  const hidden = await page
    .locator('.pair-block[lang] p>span, .other-heading')
    .evaluateAll((list) => list.filter((s) => !s.checkVisibility({ visibilityProperty: true })).length);
  expect(hidden, 'other-language sentences and headings not printed').toBe(0);
  for (const selector of ['.hide-other', '.toc', '.view-choice']) {
    const displayed = await page
      .locator(selector)
      .evaluateAll((list) => list.filter((el) => el.getClientRects().length > 0).length);
    expect(displayed, `${selector} displayed in print`).toBe(0);
  }
  mkdirSync(PDF_DIR, { recursive: true });
  const path = `${PDF_DIR}/parallel-en.pdf`;
  await page.pdf({ path, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
