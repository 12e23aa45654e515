// The explainer layer: "show original" without JavaScript, the remembered view, the timeline, key
// figures and the published data files. The parallel view's pairs and layout, its cards, "show
// original" and the view and language switches, in every engine: tests/engines/reader.spec.ts;
// axe on every page: quality.spec.ts.
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect, LOCALES } from './fixtures.ts';
import { figureSchema, glossarySchema, timelineSchema } from '../../src/node/schemas.ts';
import { SOURCE_PARAGRAPHS } from '../support/source.ts';

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
  // The view is remembered as its page loads (by the page script), not as the link is followed.
  await page.waitForURL(/\/en\/$/, { waitUntil: 'load' });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
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
    const files = await page.locator('.data-files a').evaluateAll((a) => a.map((l) => (l as HTMLAnchorElement).href));
    expect(files.map((f) => new URL(f).pathname).sort()).toEqual([
      '/data/article.en.json',
      '/data/article.ko.json',
      '/data/figures.json',
      '/data/glossary.json',
      '/data/timeline.json',
    ]);
    const json = async <T>(path: string) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      return (await response.json()) as T;
    };
    for (const event of (await json<{ events: unknown[] }>('/data/timeline.json')).events) timelineSchema.parse(event);
    for (const figure of (await json<{ figures: unknown[] }>('/data/figures.json')).figures) figureSchema.parse(figure);
    for (const { id, ...term } of (await json<{ terms: { id: string }[] }>('/data/glossary.json')).terms) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      glossarySchema.parse(term);
    }
    type Article = {
      sections: { id: string; paragraphs: { id: string; text: string; sentences: { id: string; text: string }[] }[] }[];
    };
    const ko = await json<Article>('/data/article.ko.json');
    expect(ko.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(SOURCE_PARAGRAPHS);
    const en = await json<Article>('/data/article.en.json');
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

for (const locale of LOCALES) {
  test(`/${locale}/: the publication date as precise as meta.yaml gives it, and the data page named as in the header`, async ({
    page,
  }) => {
    const { source } = yaml.load(readFileSync('content/article/meta.yaml', 'utf8')) as {
      source: { published: string; url: string };
    };
    await page.goto(`/${locale}/`);
    const byline = (await page.locator('.byline').textContent())!;
    // "2025" is a year: no month or "mid-" that the content does not give.
    expect(byline).toContain(locale === 'ko' ? `${source.published}년 게재` : `Published ${source.published}`);
    expect(byline).not.toMatch(/mid|중반/);
    const label = (await page.locator(`.site-nav a[href$="data/"]`).textContent())!.trim();
    await page.goto(`/${locale}/data/`);
    await expect(page.locator('h1')).toHaveText(label);
    // The original's link goes to the publisher's site, and the page says so.
    await expect(page.locator('#cite-heading + p')).toContainText(source.url);
  });
}
