// The explainer layer: parallel reading, "show original", the remembered view, the timeline,
// key figures and the published data files.
import { test, expect, axeViolations, LOCALES } from './fixtures.ts';
import { figureSchema, glossarySchema, timelineSchema } from '../../src/node/schemas.ts';
import { SOURCE_PARAGRAPHS } from '../support/source.ts';

for (const locale of LOCALES) {
  const other = locale === 'ko' ? 'en' : 'ko';

  test(`/${locale}/parallel/ pairs paragraph N of each language`, async ({ page }) => {
    await page.goto(`/${locale}/parallel/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    // The paragraphs' pairs, each with its anchor (the dek's pair, in the header, has none).
    const pairs = page.locator('.pair[id]');
    await expect(pairs).toHaveCount(SOURCE_PARAGRAPHS.length);
    for (let i = 0; i < SOURCE_PARAGRAPHS.length; i++) {
      const blocks = pairs.nth(i).locator('.pair-block');
      await expect(blocks).toHaveCount(2);
      // The Korean block is the source paragraph; the other block is in the other language.
      const korean = pairs.nth(i).locator(locale === 'ko' ? '.pair-block:not([lang])' : '.pair-block[lang="ko"]');
      expect((await korean.innerText()).trim()).toBe(SOURCE_PARAGRAPHS[i]);
      await expect(pairs.nth(i).locator(`.pair-block[lang="${other}"]`)).toHaveCount(1);
    }
    await expect(page.locator('.parallel-section h2')).toHaveCount(12);
    await expect(page.locator(`.parallel-section .other-heading[lang="${other}"]`)).toHaveCount(12);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`/${locale}/parallel/ terms open their cards in the page's language`, async ({ page }) => {
    await page.goto(`/${locale}/parallel/`);
    const otherTerm = page.locator(`.pair-block[lang="${other}"] .term`).first();
    await otherTerm.click();
    const card = page.locator(`#${await otherTerm.locator('button').getAttribute('popovertarget')}`);
    await expect(card).toBeVisible();
    expect(await card.evaluate((c) => c.closest('[lang]')!.getAttribute('lang'))).toBe(locale);
  });
}

test('the parallel view is side by side on a desktop and interleaved sentence by sentence on a phone', async ({
  page,
}) => {
  await page.goto('/en/parallel/');
  const blocks = page.locator('#agi-clause-p1 .pair-block');
  const [a, b] = [(await blocks.nth(0).boundingBox())!, (await blocks.nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
  await page.setViewportSize({ width: 360, height: 740 });
  // Top to bottom: English sentence 1, its Korean counterpart, English sentence 2, and so on.
  const order = await page.locator('#agi-clause-p1').evaluate((pair) =>
    [...pair.querySelectorAll<HTMLElement>('p>span')]
      .map((s) => ({
        top: s.getBoundingClientRect().top,
        label: `${s.closest('[lang]')!.getAttribute('lang')} ${[...s.parentElement!.children].indexOf(s) + 1}`,
      }))
      .sort((x, y) => x.top - y.top)
      .map((s) => s.label),
  );
  const count = order.length / 2;
  expect(count).toBeGreaterThan(3);
  expect(order).toEqual(Array.from({ length: count }, (_, i) => [`en ${i + 1}`, `ko ${i + 1}`]).flat());
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('"Show original" reveals the Korean paragraph in place, fetched only when asked for', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes('/data/') && fetched.push(r.url()));
  await page.goto('/en/#agi-clause');
  expect(fetched).toEqual([]);
  const toggle = page.locator('#agi-clause-p1 .show-other');
  await expect(toggle).not.toHaveAttribute('aria-expanded', 'true'); // a plain link until it opens something
  await toggle.click();
  const original = page.locator('#agi-clause-p1 .other-para');
  await expect(original).toHaveAttribute('lang', 'ko');
  await expect(original).toHaveText(SOURCE_PARAGRAPHS[9]!);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Hide original');
  expect(fetched.map((u) => new URL(u).pathname)).toEqual(['/data/article.ko.json']);
  await toggle.click();
  await expect(original).toBeHidden();
  await expect(toggle).toHaveText('Show original');
});

test('"번역 보기" reveals the English paragraph on the Korean page', async ({ page }) => {
  await page.goto('/ko/');
  await page.locator('#multi-cloud-p1 .show-other').click();
  await expect(page.locator('#multi-cloud-p1 .other-para[lang="en"]')).toContainText('4.5 gigawatts');
});

test('without JavaScript, "show original" leads to the same paragraph in the parallel view', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/en/');
  await page.locator('#antitrust-p1 .show-other').click();
  await expect(page).toHaveURL(/\/en\/parallel\/#antitrust-p1$/);
  await expect(page.locator('#antitrust-p1 .pair-block[lang="ko"]')).toBeVisible();
  await context.close();
});

test('the chosen view is remembered: the home page returns to the parallel view', async ({ page }) => {
  await page.goto('/en/');
  await page.locator('.view-choice a[data-view="parallel"]').click();
  await expect(page).toHaveURL(/\/en\/parallel\/$/);
  await page.reload();
  await expect(page).toHaveURL(/\/en\/parallel\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/parallel\/$/);
  await page.locator('.view-choice a[data-view="article"]').click();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('switching between the article and the parallel view keeps the paragraph', async ({ page }) => {
  await page.goto('/en/#antitrust-p1');
  // Where the sticky header's link is: locator.click() would scroll the page first.
  const box = (await page.locator('.site-header a[data-view="parallel"]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/en\/parallel\/#antitrust-p1$/);
  await expect(page.locator('#antitrust-p1')).toBeInViewport();
});

test('switching language in the parallel view keeps the paragraph', async ({ page }) => {
  await page.goto('/ko/parallel/#first-refusal-p1');
  const box = (await page.locator('.site-header [data-lang-switch="en"]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/en\/parallel\/#first-refusal-p1$/);
});

for (const locale of LOCALES) {
  test(`/${locale}/timeline/ events and figures link to sections that exist`, async ({ page }) => {
    await page.goto(`/${locale}/timeline/`);
    const events = page.locator('.timeline-event');
    expect(await events.count()).toBeGreaterThanOrEqual(10);
    await expect(page.locator('.timeline-event time[datetime]')).toHaveCount(await events.count());
    const targets = await page
      .locator('.timeline-link, .figure a')
      .evaluateAll((a) => a.map((l) => (l as HTMLAnchorElement).href));
    expect(targets.length).toBe((await events.count()) + (await page.locator('.figure').count()));
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/${locale}/`);
    for (const href of new Set(targets)) {
      expect(new URL(href).pathname).toBe(`/${locale}/`);
      await expect(page.locator(`section${new URL(href).hash}`)).toHaveCount(1);
    }
    await page.goto(targets[0]!);
    await expect(page.locator(`${new URL(targets[0]!).hash} h2`)).toBeInViewport();
  });

  test(`/${locale}/data/ shows citations and highlighted shapes, and its files download and validate`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/data/`);
    await expect(page.locator('pre.shiki')).not.toHaveCount(0);
    await expect(page.locator('.shiki [style]')).toHaveCount(0); // colours are classes, not inline styles
    expect(await axeViolations(page)).toEqual([]);
    const files = await page.locator('.data-files a').evaluateAll((a) => a.map((l) => (l as HTMLAnchorElement).href));
    expect(files.map((f) => new URL(f).pathname).sort()).toEqual([
      '/data/article.en.json',
      '/data/article.ko.json',
      '/data/figures.json',
      '/data/glossary.json',
      '/data/timeline.json',
    ]);
    const json = async (path: string) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      return response.json();
    };
    for (const event of (await json('/data/timeline.json')).events) timelineSchema.parse(event);
    for (const figure of (await json('/data/figures.json')).figures) figureSchema.parse(figure);
    for (const { id, ...term } of (await json('/data/glossary.json')).terms) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      glossarySchema.parse(term);
    }
    type Article = {
      sections: { id: string; paragraphs: { id: string; text: string; sentences: { id: string; text: string }[] }[] }[];
    };
    const ko: Article = await json('/data/article.ko.json');
    expect(ko.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(SOURCE_PARAGRAPHS);
    const en: Article = await json('/data/article.en.json');
    expect(en.sections.map((s) => s.id)).toEqual(ko.sections.map((s) => s.id));
    // Each paragraph's sentences, read in order, are the paragraph; they carry the pages' anchors,
    // and sentence N of one language is sentence N of the other.
    for (const article of [ko, en]) {
      for (const section of article.sections) {
        for (const [i, p] of section.paragraphs.entries()) {
          expect(p.id).toBe(`${section.id}-p${i + 1}`);
          expect(p.sentences.map((s) => s.text).join(' ')).toBe(p.text);
          expect(p.sentences.map((s) => s.id)).toEqual(p.sentences.map((_, j) => `${p.id}-s${j + 1}`));
        }
      }
    }
    const anchors = (a: Article) =>
      a.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((x) => x.id)));
    expect(anchors(en)).toEqual(anchors(ko));
    expect(anchors(ko).length).toBeGreaterThan(SOURCE_PARAGRAPHS.length);
  });
}
