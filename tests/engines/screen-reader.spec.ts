// What a screen reader is given, in every engine: no landmark without content, "show original"
// links told apart by their names, and each term described by its definition alone. The names
// and descriptions are read as the page gives them (aria-label, aria-describedby); the
// accessibility tree itself is Chromium's to show (tests/e2e/screen-reader.spec.ts).
import { test, expect } from './fixtures.ts';

/** Landmarks with nothing in them that shows: a screen reader's list of them would offer it empty. */
function emptyLandmarks() {
  const landmarks = document.querySelectorAll(
    'main, nav, aside:not([role=none]), header:not(article header, section header), footer:not(article footer), form[aria-label], section[aria-label], section[aria-labelledby], [role=region], [role=complementary], [role=navigation]',
  );
  return [...landmarks]
    .filter((l) => ![...l.querySelectorAll('*')].some((e) => e.checkVisibility() && e.textContent.trim()))
    .map((l) => `${l.localName}${l.className ? `.${l.className}` : ''}`);
}

/** Each "show original" link's name and its own words. */
function showOriginalNames() {
  return [...document.querySelectorAll<HTMLAnchorElement>('a.show-other')].map((a) => ({
    words: a.textContent.trim(),
    name: a.getAttribute('aria-label') ?? '',
  }));
}

/** Each term control's description, its card's term and definition. */
function termDescriptions() {
  return [...document.querySelectorAll<HTMLButtonElement>('.term>button')].map((button) => {
    const card = button.popoverTargetElement!;
    return {
      description: (button.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent!.trim())
        .join(' '),
      label: card.querySelector('strong')!.textContent.trim(),
      definition: card.querySelector(':scope>span:not([lang])')!.textContent.trim(),
      hint: document.getElementById('terms-hint')!.textContent.trim(),
    };
  });
}

test.describe.configure({ mode: 'parallel' });

for (const locale of ['ko', 'en'] as const) {
  test(`/${locale}/: landmarks with content, links told apart, terms described by their definitions`, async ({
    reader,
  }) => {
    await reader.open(`/${locale}/`, { device: 'desktop', scheme: 'light' });
    expect(await reader.evaluate(emptyLandmarks), 'empty landmarks').toEqual([]);

    const links = await reader.evaluate(showOriginalNames);
    expect(links.length).toBeGreaterThan(10);
    expect(new Set(links.map((l) => l.name)).size, 'distinct names').toBe(links.length);
    // The visible words come first in each name (what a speech user says to follow it).
    expect(links.filter((l) => !l.name.startsWith(`${l.words} `))).toEqual([]);

    const terms = await reader.evaluate(termDescriptions);
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.filter((t) => t.description !== `${t.hint} ${t.definition}`)).toEqual([]);
  });
}

test('/ko/parallel/: no landmark without content', async ({ reader }) => {
  await reader.open('/ko/parallel/', { device: 'desktop', scheme: 'light' });
  expect(await reader.evaluate(emptyLandmarks), 'empty landmarks').toEqual([]);
});
