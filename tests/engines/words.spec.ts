// Every word explained, in every engine: in the parallel view a tap or click on any word opens its
// card (the word, its pieces with dictionary form, romanization, part of speech and meaning here,
// and the words of the other language that say it), marks those words in the other column, and
// covers neither the sentence nor its counterpart; the keyboard moves word by word and sentence
// by sentence without a Tab stop per word; on the article pages the "Words" switch starts off,
// turns the cards on and is remembered; a glossary term's words keep their term's card. A page
// load fetches neither the cards nor their data: the switch or the first tap on a word does.
import { test, expect } from './fixtures.ts';
import { nextFrames, type Reader, type View } from './reader.ts';
import { shotPath, until } from './steps.ts';

const PHONE: View = { device: 'phone-390', scheme: 'light' };
const DESKTOP: View = { device: 'desktop', scheme: 'dark' };

/** The open word card's lines, the words it marks, and whether it covers the sentence or its counterpart. */
function wordCard() {
  const card = document.querySelector<HTMLElement>('#word-card:popover-open');
  if (!card) return 'no card';
  const c = card.getBoundingClientRect();
  const on = [...document.querySelectorAll('.w-on')];
  const said = [...document.querySelectorAll('.w-said')];
  const covers = (e: Element) =>
    [...e.getClientRects()].some((r) => c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom);
  const sentence = on[0]?.closest('p>span');
  const counterpart = said[0]?.closest('p>span');
  const width = document.documentElement.clientWidth;
  return {
    text: card.innerText.replace(/\s+/g, ' ').trim(),
    on: on.map((e) => e.textContent),
    said: said.map((e) => e.textContent),
    coversSentence: !!sentence && covers(sentence),
    coversCounterpart: !!counterpart && covers(counterpart),
    onScreen: c.left >= 0 && c.right <= width && c.top >= 0 && c.bottom <= innerHeight,
  };
}

/** How many of the word cards' script and data this page has fetched. */
const wordFilesFetched = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\/words\.ko-en\.json$|\.word-cards\.js$/.test(new URL(e.name).pathname)).length;

/**
 * Clicks or taps the token `t` of a sentence, once its words are there: the keyboard reaching the
 * switch fetches the cards, as a first tap on the text does (whose own word then opens: the test
 * of what a page load fetches), and a first touch on the sentence wraps its words.
 */
async function touchWord(reader: Reader, sentence: string, token: number, how: 'click' | 'tap') {
  const selector = `[id="${sentence}"] .w[data-t="${token}"]`;
  if (!(await reader.evaluate((s) => !!document.querySelector(s), selector))) {
    await reader.evaluate(() => document.getElementById('words')!.focus());
    await until(reader, () => !!document.getElementById('word-card'), true, 10_000);
    await reader.click(`[id="${sentence}"]`);
    await until(reader, (s) => !!document.querySelector(s), true, 5000, selector);
  }
  if (how === 'tap') await reader.tap(selector);
  else await reader.click(selector);
}

for (const view of [PHONE, DESKTOP]) {
  test(`/ko/parallel/ and /en/parallel/ (${view.device}, ${view.scheme}): a word's card, its counterpart marked, nothing covered`, async ({
    reader,
  }) => {
    // "joined" (token 3 of the first sentence): join, a verb, 잡다; said by 손, 잡 and 았습니다.
    await reader.open('/en/parallel/', view);
    await touchWord(reader, 'google-cloud-deal-p1-s1', 3, view === PHONE ? 'tap' : 'click');
    await until(reader, () => document.querySelector('.w-on')?.textContent, 'joined');
    const english = await reader.evaluate(wordCard);
    expect(english).toMatchObject({
      on: ['joined'],
      said: ['손', '잡', '았습니다'],
      coversSentence: false,
      coversCounterpart: false,
      onScreen: true,
    });
    expect(typeof english === 'object' && english.text).toBe('joined join · verb · 잡다 In Korean: 손 잡았습니다');
    await reader.screenshot(shotPath(reader, `words-en-parallel-${view.device}-${view.scheme}`));

    // 잡았습니다 on the Korean page: both its pieces, romanized, and the English words that say it.
    await reader.open('/ko/parallel/', view);
    await touchWord(reader, 'google-cloud-deal-p1-s1', 9, view === PHONE ? 'tap' : 'click');
    await until(reader, () => [...document.querySelectorAll('.w-on')].map((e) => e.textContent), ['잡', '았습니다']);
    const korean = await reader.evaluate(wordCard);
    expect(korean).toMatchObject({
      said: ['joined', 'hands'],
      coversSentence: false,
      coversCounterpart: false,
      onScreen: true,
    });
    expect(typeof korean === 'object' && korean.text).toBe(
      '잡았습니다 jabatseumnida 잡 잡다 (japda) · 동사 · hold, take 았습니다 -았습니다 (atseumnida) · 어미 · past tense, formal polite 영어로: joined hands',
    );
    await reader.screenshot(shotPath(reader, `words-ko-parallel-${view.device}-${view.scheme}`));

    // A word low on a phone's screen, and one in a long sentence further on: still clear of both.
    await reader.open('/en/parallel/#for-profit-conversion', view);
    await touchWord(reader, 'for-profit-conversion-p1-s1', 0, 'click');
    await until(reader, () => !!document.querySelector('#word-card:popover-open'), true);
    expect(await reader.evaluate(wordCard)).toMatchObject({
      coversSentence: false,
      coversCounterpart: false,
      onScreen: true,
    });
  });
}

test("a page load fetches neither the word cards nor their data; the switch, or the first tap on a word, fetches them, and that tap opens its own word's card", async ({
  reader,
}) => {
  for (const path of ['/ko/parallel/', '/en/']) {
    await reader.open(path, { device: 'desktop', scheme: 'light' });
    await reader.evaluate(() => scrollTo(0, 400));
    await reader.evaluate(nextFrames);
    expect(await reader.evaluate(wordFilesFetched), `${path}: fetched on load`).toBe(0);
    if (path === '/en/') await reader.click('#words');
    else {
      // The first word of the English column's first sentence, "Last", before any word is wrapped.
      await reader.click('#google-cloud-deal-p1 .pair-block[lang="en"] p > span:first-child');
      await until(
        reader,
        () => document.querySelector('#word-card:popover-open .word-head')?.textContent,
        'Last',
        10_000,
      );
      expect(await reader.evaluate(() => [...document.querySelectorAll('.w-said')].map((e) => e.textContent))).toEqual([
        '지난',
      ]);
    }
    await until(reader, wordFilesFetched, 2, 10_000);
  }
});

test('/en/parallel/ keyboard: into a sentence, word by word, sentence by sentence, to the counterpart, Escape', async ({
  reader,
}) => {
  await reader.open('/en/parallel/', { device: 'desktop', scheme: 'light' });
  // Focusing the sentences (one Tab stop) fetches the words.
  await reader.evaluate(() => document.getElementById('google-cloud-deal-p1-s1')!.focus());
  await until(reader, () => !!document.getElementById('word-card'), true, 10_000);
  const focused = () => {
    const e = document.activeElement!;
    return { text: e.textContent, card: e.getAttribute('aria-describedby') };
  };
  await reader.press('ArrowRight');
  await until(reader, focused, { text: 'Last', card: 'word-card word-keys' });
  await until(reader, () => document.getElementById('word-card')!.innerText.includes('지난'), true);
  await reader.press('ArrowRight');
  await until(reader, focused, { text: 'May', card: 'word-card' });
  await reader.press('ArrowLeft');
  await until(reader, focused, { text: 'Last', card: 'word-card' });
  await reader.press('ArrowDown');
  await until(reader, () => document.activeElement!.closest('p>span')!.id, 'google-cloud-deal-p1-s2');
  await until(reader, () => document.activeElement!.textContent, 'The');
  await reader.press('ArrowUp');
  await until(reader, focused, { text: 'Last', card: 'word-card' });
  // "Last" → the Korean word that says it, 지난.
  await reader.press('Enter');
  await until(reader, () => document.activeElement!.textContent, '지난');
  await reader.press('Escape');
  await until(reader, () => !!document.querySelector('#word-card:popover-open'), false);
  // Back on the sentence the word was in; no Tab stop per word: Tab goes on past the words.
  await until(reader, () => document.activeElement!.matches('.pair p>span'), true);
  await reader.press('Tab');
  await until(reader, () => document.activeElement!.matches('.w'), false);
});

test('/en/ and /ko/: the "Words" switch starts off, turns the cards on, and is remembered; a term keeps its own card', async ({
  reader,
}) => {
  await reader.open('/en/', { device: 'desktop', scheme: 'light' });
  await until(reader, () => (document.getElementById('words') as HTMLInputElement).checked, false);
  // Off: a click on the text opens no word card and fetches nothing.
  await reader.click('[id="google-cloud-deal-p1-s2"]');
  expect(await reader.evaluate(() => document.querySelectorAll('.w').length)).toBe(0);
  await reader.click('#words');
  await until(reader, () => document.querySelectorAll('[id="google-cloud-deal-p1-s1"] .w').length, 8, 10_000);
  await reader.click('[id="google-cloud-deal-p1-s1"] .w[data-t="3"]');
  await until(reader, () => document.querySelector('#word-card:popover-open .word-head')?.textContent, 'joined');
  // On the article page there is no counterpart to mark: the card says the Korean words.
  expect(await reader.evaluate(() => document.getElementById('word-card')!.innerText)).toContain('손 잡았습니다');

  // A glossary term's words open the term's card, not a word card.
  await reader.click('main .term:has(> [popovertarget="term-google-cloud"])');
  await until(reader, () => document.querySelector('.term-card:popover-open')?.id, 'term-google-cloud');
  expect(await reader.evaluate(() => !!document.querySelector('#word-card:popover-open'))).toBe(false);

  // Remembered for the article pages of either language; the parallel view keeps its own choice.
  await reader.open('/ko/', { device: 'desktop', scheme: 'light' });
  await until(reader, () => (document.getElementById('words') as HTMLInputElement).checked, true);
  await touchWord(reader, 'google-cloud-deal-p1-s1', 0, 'click');
  await until(
    reader,
    () => document.querySelector('#word-card:popover-open .word-head strong')?.textContent,
    '오픈AI가',
  );
  await reader.screenshot(shotPath(reader, 'words-ko-article-desktop-light'));
  await reader.click('#words');
  await until(reader, () => !!document.querySelector('#word-card:popover-open'), false);
  await reader.open('/ko/parallel/', { device: 'desktop', scheme: 'light' });
  await until(reader, () => (document.getElementById('words') as HTMLInputElement).checked, true);
  await reader.open('/en/', { device: 'desktop', scheme: 'light' });
  await until(reader, () => (document.getElementById('words') as HTMLInputElement).checked, false);
});
