// Sentence pairs, every one in Chromium: pointing at or tapping a sentence marks it and its
// counterpart in the other language (a sample of these, the keyboard's walk, links to a sentence
// and the pairs "show original" makes, in every engine: tests/engines/reader.spec.ts); the pairing
// adds nothing a screen reader would say; axe with a pair marked.
import type { Page } from '@playwright/test';
import { test, expect, axeViolations, LOCALES, WCAG_AND_BEST_PRACTICE_TAGS } from './fixtures.ts';

interface Mark {
  pair: string;
  lang: string;
  n: number;
}

/** The sentences shown as marked (tinted and underlined), where they are. */
async function marked(page: Page, scope = '.pair'): Promise<Mark[]> {
  return page.evaluate((scope) => {
    return [...document.querySelectorAll<HTMLElement>(`${scope} p>span`)]
      .filter((s) => {
        const style = getComputedStyle(s);
        return style.textDecorationLine.includes('underline') && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
      })
      .map((s) => ({
        pair: s.closest<HTMLElement>(scope)!.id,
        lang: s.closest('[lang]')!.getAttribute('lang')!,
        n: [...s.parentElement!.children].indexOf(s) + 1,
      }));
  }, scope);
}

/** Sentence n of each language of a pair: what a marked pair looks like. */
const bothOf = (pair: string, n: number, first: string, second: string): Mark[] => [
  { pair, lang: first, n },
  { pair, lang: second, n },
];

/**
 * A point on the sentence's own words (not on a term, whose card would open and cover the next
 * sentence), where the pointer or a finger lands.
 */
async function pointOn(
  page: Page,
  selector: string,
  index: number,
  where: 'start' | 'middle' = 'start',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    async ([selector, index, where]) => {
      const s = document.querySelectorAll(selector)[index]!;
      s.scrollIntoView({ block: 'center' });
      // Hit testing follows a scroll only once a frame has been drawn with it: a pointer moved at
      // once can land where the sentence was and mark another one (or none).
      await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
      // The pointer: the first word of the sentence's own text. A finger: the middle of its longest
      // run of plain text, away from its terms, which browsers steer a tap near them onto.
      // Its own text, also once the word cards have wrapped each word in a span of its own.
      const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
      const texts: Node[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (!n.parentElement!.closest('.term') && n.textContent!.trim().length > 1) texts.push(n);
      const words =
        where === 'start' ? texts[0]! : texts.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
      const range = document.createRange();
      const middle = Math.floor(words.textContent!.length / 2);
      const at =
        where === 'middle' && /\S/.test(words.textContent![middle]!) ? middle : words.textContent!.search(/\S/);
      range.setStart(words, at);
      range.setEnd(words, at + 1);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [selector, index, where] as const,
  );
}

for (const locale of LOCALES) {
  const other = locale === 'ko' ? 'en' : 'ko';
  // The Korean column comes first in both languages' parallel view.
  const [first, second] = ['ko', 'en'];

  test(`/${locale}/parallel/: pointing at any sentence marks it and its counterpart, and nothing else`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // every sentence of the page, one after the other, each in a frame of its own
    await page.goto(`/${locale}/parallel/`);
    expect(await marked(page)).toEqual([]);
    const sentences = await page.evaluate(() =>
      [...document.querySelectorAll('.pair p>span')].map((s) => ({
        pair: s.closest('.pair')!.id,
        n: [...s.parentElement!.children].indexOf(s) + 1,
        counterparts: s.closest('.pair')!.querySelectorAll('p').length,
      })),
    );
    expect(sentences.length).toBeGreaterThan(100);
    for (const [index, sentence] of sentences.entries()) {
      expect(sentence.counterparts).toBe(2);
      // Out of the way first: a page scrolled under a resting pointer can slide a term beneath it,
      // whose card then opens (as it should) and covers the next sentence.
      await page.mouse.move(0, 0);
      const { x, y } = await pointOn(page, '.pair p>span', index);
      await page.mouse.move(x, y);
      expect(await marked(page), `sentence ${sentence.n} of ${sentence.pair}`).toEqual(
        bothOf(sentence.pair, sentence.n, first, second),
      );
    }
  });

  test(`/${locale}/parallel/: the pairing is silent: no roles, labels or extra text on the sentences`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/parallel/`);
    const attributes = await page
      .locator('.pair p>span')
      .evaluateAll((list) => [...new Set(list.flatMap((s) => s.getAttributeNames()))].sort());
    expect(attributes).toEqual(['id', 'tabindex']);
    // The paragraph reads as before: the sentences and the spaces between them, nothing added.
    const texts = await page
      .locator('.pair p')
      .evaluateAll((ps) =>
        ps.map((p) => ({ whole: p.textContent, joined: [...p.children].map((s) => s.textContent).join(' ') })),
      );
    for (const t of texts) expect(t.joined).toBe(t.whole);
  });

  test(`/${locale}/parallel/: with the other language hidden, a screen reader meets only the page's language, and a focused sentence brings its counterpart`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/parallel/`);
    const otherBlock = page.locator(`#agi-clause-p1 .pair-block[lang="${other}"]`);
    const counterpart = (await otherBlock.locator('p>span').nth(2).textContent())!.replace(/\s+/g, ' ').trim();
    expect(await otherBlock.ariaSnapshot()).toContain(counterpart);
    await page.locator('#hide-other').check();
    // Out of the accessibility tree, not only out of sight.
    expect(await otherBlock.ariaSnapshot()).not.toContain(counterpart.slice(0, 12));
    const own = page.locator('#agi-clause-p1-s3');
    await page.mouse.move(0, 0); // onto the header: the pointer marks no sentence where the page scrolls
    await own.focus();
    // The counterpart first; entering the sentences from outside, the keys' use follows it, once.
    const escaped = counterpart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(own).toHaveAccessibleDescription(new RegExp(`^${escaped}( .*Enter.*)?$`));
    expect(await otherBlock.ariaSnapshot()).toContain(counterpart);
    const shownSentences = await otherBlock
      .locator('p>span')
      .evaluateAll((list) => list.flatMap((s, i) => (getComputedStyle(s).visibility === 'visible' ? [i + 1] : [])));
    expect(shownSentences, 'that counterpart alone').toEqual([3]);
  });

  test(`/${locale}/parallel/: axe finds nothing with a pair marked, in light and dark`, async ({ page }) => {
    test.slow(); // axe over the longest page, twice
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/parallel/#agi-clause-p1-s3`);
      const { x, y } = await pointOn(page, '#agi-clause-p1 p>span', 1);
      await page.mouse.move(x, y);
      expect((await marked(page)).length).toBe(4);
      expect(await axeViolations(page, WCAG_AND_BEST_PRACTICE_TAGS), colorScheme).toEqual([]);
    }
  });

  test.describe(`/${locale}/parallel/ on a phone`, () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('a tap on a sentence marks it and its counterpart; a tap elsewhere clears the mark', async ({ page }) => {
      // The words off, as a reader may have chosen: each tap would otherwise also open its word's
      // card, which may lie over the next sentence tapped (the word cards: engines/words.spec.ts).
      await page.addInitScript(() => localStorage.setItem('explainer:words:parallel', '0'));
      await page.goto(`/${locale}/parallel/`);
      for (const pair of ['google-cloud-deal-p1', 'antitrust-p1']) {
        const count = await page.locator(`#${pair} p>span`).count();
        for (let index = 0; index < count; index++) {
          const { x, y } = await pointOn(page, `#${pair} p>span`, index, 'middle');
          await page.touchscreen.tap(x, y);
          const n = (index % (count / 2)) + 1;
          expect(await marked(page), `${pair}, sentence ${index + 1} of both columns`).toEqual(
            bothOf(pair, n, first, second),
          );
        }
      }
      const elsewhere = page.locator('.parallel-section .other-heading').last();
      await elsewhere.scrollIntoViewIfNeeded();
      const box = (await elsewhere.boundingBox())!;
      await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
      expect(await marked(page)).toEqual([]);
    });
  });
}
