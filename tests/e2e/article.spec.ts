// The article in both languages: structure, metadata, the page script's start, the home page.
// The language switch, in every engine: tests/engines/reader.spec.ts; axe on every page,
// the home page's chooser among them: quality.spec.ts.
import { test, expect, LOCALES } from './fixtures.ts';
import { STORAGE_KEYS } from '../../src/shared/storage-keys.ts';
import { SOURCE_PARAGRAPHS } from '../support/source.ts';

for (const locale of LOCALES) {
  test(`/${locale}/ names its source, its languages and its canonical address`, async ({ page }) => {
    // Its language, sections, paragraphs and contents: tests/engines/reader.spec.ts, in every engine.
    await page.goto(`/${locale}/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('.toc a')).toHaveCount(12);
    await expect(page.locator('.credit')).toContainText(locale === 'ko' ? '바이라인네트워크' : 'Byline Network');
    await expect(page.locator('a[href="https://byline.network/"]').first()).toBeVisible();
    if (locale === 'en') await expect(page.locator('.notice')).toContainText('translation of a Korean article');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`),
      );
    expect(hreflangs).toEqual(['ko /ko/', 'en /en/', 'x-default /ko/']);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/$`));
  });
}

for (const path of ['/ko/', '/en/parallel/']) {
  test(`${path} runs its script as it is parsed, by DOMContentLoaded, and names an ordinary icon`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => 'ready' in document.documentElement.dataset), 'ready at DOMContentLoaded').toBe(
      true,
    );
    await expect(page.locator('script[defer][src*="_astro/main."]')).toHaveCount(1);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);
    // What the script adds: each term control's description, the hint and its card's definition.
    await expect(page.locator('.term > button:not([aria-describedby^="terms-hint term-"])')).toHaveCount(0);
    const description = await page
      .locator('.term > button')
      .first()
      .evaluate((button) =>
        button
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)!.textContent),
      );
    const card = page.locator('.term-card').first();
    expect(description).toEqual([
      await page.locator('#terms-hint').textContent(),
      await card.locator(':scope > span:not([lang])').textContent(),
    ]);
    // The one glossary link goes with the card that opens, to that card's entry.
    const glossary = path.startsWith('/ko/') ? 'glossary/' : '../glossary/';
    await expect(page.locator('#glossary-link')).toHaveAttribute('href', glossary);
    const term = page.locator('.term > button').nth(2);
    await term.evaluate((button: HTMLButtonElement) => button.click());
    const opened = page.locator('.term-card:popover-open');
    await expect(opened).toHaveId((await term.getAttribute('popovertarget'))!);
    const id = (await opened.getAttribute('id'))!.slice('term-'.length);
    expect(await opened.locator(':scope > a').evaluate((a: HTMLAnchorElement) => a.href)).toBe(
      new URL(`${glossary}#${id}`, page.url()).href,
    );
    await expect(page.locator('.term-card > a')).toHaveCount(1);
  });
}

test('a card opened before any scroll is placed and shown as it opens', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/en/');
  const seen = await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('.term > button')!;
    button.click();
    const card = button.popoverTargetElement as HTMLElement;
    const cardBox = card.getBoundingClientRect();
    const sentence = (button.closest('p>span') ?? button).getBoundingClientRect();
    return {
      scrolled: scrollY,
      open: card.matches(':popover-open'),
      visibility: getComputedStyle(card).visibility,
      clearOfSentence: cardBox.top >= sentence.bottom || cardBox.bottom <= sentence.top,
    };
  });
  expect(seen).toEqual({ scrolled: 0, open: true, visibility: 'visible', clearOfSentence: true });
});

test('the page script starts where PerformanceObserver and the Popover API are missing', async ({ page }) => {
  await page.addInitScript(() => {
    const gone = (target: object, name: string) => Reflect.deleteProperty(target, name);
    gone(window, 'PerformanceObserver');
    for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) gone(HTMLElement.prototype, name);
    gone(HTMLButtonElement.prototype, 'popoverTargetElement');
  });
  await page.goto('/en/');
  expect(await page.evaluate(() => 'ready' in document.documentElement.dataset)).toBe(true);
  // A term's button does nothing there, and says nothing wrong (the watch fails on any error);
  // its description is given all the same.
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('.term > button')!.click());
  await expect(page.locator('.term > button:not([aria-describedby])')).toHaveCount(0);
});

test('the Korean page is the source text verbatim', async ({ page }) => {
  await page.goto('/ko/');
  const paragraphs = await page.locator('.article-body .para > p').allInnerTexts();
  expect(paragraphs.map((p) => p.trim())).toEqual(SOURCE_PARAGRAPHS);
});

test('section anchors are the same in both languages', async ({ page }) => {
  const ids = async (locale: string) => {
    await page.goto(`/${locale}/`);
    return page.locator('.article-body section[id]').evaluateAll((s) => s.map((e) => e.id));
  };
  const ko = await ids('ko');
  expect(ko).toContain('agi-clause');
  expect(await ids('en')).toEqual(ko);
});

test('/ offers both languages and remembers the last one chosen', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(2);
  const english = page.locator('a[data-lang-choice="en"][data-view-choice="article"]');
  // Relative to the home page, as every address of the site is.
  await expect(page.locator('a[data-lang-choice="ko"][data-view-choice="article"]')).toHaveAttribute('href', 'ko/');
  // Nothing on the page looks like a link that is not one (it had "한국어 · English" as plain text).
  await expect(page.locator('main > p')).toHaveCount(0);
  await english.click();
  await page.waitForURL(/\/en\/$/, { waitUntil: 'load' });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('/ returns to the language read last, also after a switch', async ({ page }) => {
  await page.goto('/ko/');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
  // Switching saves the new language; leaving the old page must not write its own over it.
  await page.locator('.site-header [data-lang-switch="en"]').click();
  await page.waitForURL(/\/en\/(#[\w-]+)?$/, { waitUntil: 'load' });
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.language)).toBe('en');
});

test('/ returns to the language read last, not to that of the bilingual 404 page', async ({ page }) => {
  await page.goto('/en/');
  await page.goto('/404.html');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('/ without a saved choice stays on the chooser', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  // Each language's way into the article and into the parallel view.
  await expect(page.locator('a[data-lang-choice]')).toHaveCount(4);
});

test('/ leads into the parallel view and remembers that view', async ({ page }) => {
  await page.goto('/');
  await page.locator('a[data-lang-choice="ko"][data-view-choice="parallel"]').click();
  await page.waitForURL(/\/ko\/parallel\/$/, { waitUntil: 'load' });
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/parallel\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
