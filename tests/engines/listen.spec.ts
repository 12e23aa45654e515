// "Listen", in every engine the suite runs, with a stand-in for the browser's speech
// (speech-stand-in.ts): every sentence read in order and in its language, each marked as it is
// read (in the parallel view with its counterpart) and kept in view; pause and resume, the next
// sentence and stop, by keyboard; a linked sentence where reading starts; no control where no
// voice speaks the page's language; a speech error stopping cleanly. And with the browser's own
// voices: the control offered exactly where a voice for the page's language is listed.
// Screenshots of the control idle and while reading go to reports/engines/<engine>/.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { installSpeechStandIn, spokenSoFar, type StandInOptions, type StandInVoice } from './speech-stand-in.ts';
import { nextFrames, type Device, type Reader, type Scheme, type View } from './reader.ts';
import { shotPath, until } from './steps.ts';

type Strings = Record<
  'start' | 'pause' | 'resume' | 'next' | 'stop' | 'reading' | 'paused' | 'stopped' | 'finished' | 'failed',
  string
>;
const strings = (locale: 'ko' | 'en'): Strings =>
  (JSON.parse(readFileSync(`content/ui/${locale}.json`, 'utf8')) as { listen: Strings }).listen;
const UI = { en: strings('en'), ko: strings('ko') };
const DESKTOP: View = { device: 'desktop', scheme: 'light' };
const ENGLISH: StandInVoice = { name: 'Stand-in English', lang: 'en-US' };
const KOREAN: StandInVoice = { name: 'Stand-in Korean', lang: 'ko-KR' };
const MARK = '.reading';

interface ArticleData {
  sections: { id: string; heading: string; paragraphs: { sentences: { id: string; text: string }[] }[] }[];
}
const article = (locale: 'ko' | 'en'): ArticleData =>
  JSON.parse(readFileSync(`dist/data/article.${locale}.json`, 'utf8')) as ArticleData;
/** What is read, in order: each section's heading, then its sentences. */
const readingOrder = (locale: 'ko' | 'en') =>
  article(locale).sections.flatMap((s) => [s.heading, ...s.paragraphs.flatMap((p) => p.sentences.map((x) => x.text))]);
const sentenceText = (locale: 'ko' | 'en', id: string) =>
  article(locale)
    .sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
    .find((s) => s.id === id)!.text;

function control() {
  const box = document.querySelector<HTMLElement>('.listen')!;
  return {
    shown: !box.hidden && box.getClientRects().length > 0,
    label: box.querySelector('button')!.textContent,
    status: box.querySelector('[role=status]')!.textContent,
    marked: document.querySelectorAll('.reading').length,
  };
}

async function openWithStandIn(reader: Reader, path: string, options: Partial<StandInOptions> = {}, view = DESKTOP) {
  await reader.open(path, view);
  await reader.evaluate(installSpeechStandIn, { voices: [ENGLISH, KOREAN], markSelector: MARK, ...options });
  await until(reader, () => !document.querySelector<HTMLElement>('.listen')!.hidden, true);
}

// In-page functions, sent as source: each stands alone.
const heardCount = () => (window as unknown as { __speech: { spoken: unknown[] } }).__speech.spoken.length;
const lastHeard = () =>
  (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.at(-1)?.text;
/** Ends the utterance being spoken, as the browser's speech would. */
const finishSpeaking = () => (window as unknown as { __speech: { finish(): void } }).__speech.finish();
const focusedText = () => document.activeElement?.textContent;
const status = () => document.querySelector('.listen [role=status]')!.textContent;
const controlShown = () => {
  const box = document.querySelector<HTMLElement>('.listen')!;
  return !box.hidden && box.getClientRects().length > 0;
};
const sideways = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
const spoken = (reader: Reader) => reader.evaluate(spokenSoFar);
const spokenCount = (reader: Reader) => reader.evaluate(heardCount);
/** Ends the utterance being spoken and waits for the next to start. */
async function finishOne(reader: Reader) {
  const before = await spokenCount(reader);
  await reader.evaluate(finishSpeaking);
  await expect.poll(() => spokenCount(reader)).toBe(before + 1);
}
/** Presses "Listen" and waits for the first utterance. */
async function startReading(reader: Reader) {
  await reader.click('.listen > button');
  await until(reader, heardCount, 1);
}
/** Lets the stand-in end the utterance being spoken, then sees that nothing more is said. */
async function expectSilence(reader: Reader) {
  const said = await spokenCount(reader);
  await reader.evaluate(finishSpeaking);
  await reader.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(await spokenCount(reader)).toBe(said);
}
/** The sentence being read (of those marked, the one said last) is in view: below the header and
 * the controls (which stick), above the screen's end. (Its counterpart, marked too, may be a
 * paragraph away on a phone.) */
function markedInView() {
  const said = (window as unknown as { __speech: { spoken: { text: string }[] } }).__speech.spoken.at(-1)!.text;
  const marked = [...document.querySelectorAll('.reading')]
    .find((e) => e.textContent.trim() === said)!
    .getBoundingClientRect();
  const box = document.querySelector('.listen')!.getBoundingClientRect();
  return marked.top >= box.bottom - 1 && marked.bottom <= innerHeight
    ? 'in view'
    : `sentence from ${marked.top} to ${marked.bottom}, controls end at ${box.bottom}, screen at ${innerHeight}`;
}
/** Changes a select of the player as a reader does, by its value. */
function choose(arg: { index: number; value: string }) {
  const select = document.querySelectorAll<HTMLSelectElement>('.listen select')[arg.index]!;
  select.value = arg.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

test.describe.configure({ mode: 'parallel' });

for (const locale of ['en', 'ko'] as const) {
  test(`/${locale}/: every heading and sentence read in order, in its language, each marked as it is read`, async ({
    reader,
  }) => {
    await openWithStandIn(reader, `/${locale}/`, { autoEndMs: 1 });
    expect(await reader.evaluate(control)).toMatchObject({ shown: true, label: UI[locale].start, marked: 0 });
    await reader.click('.listen > button');
    await until(reader, status, UI[locale].finished, 30_000);
    const heard = await spoken(reader);
    const expected = readingOrder(locale);
    expect(heard.map((u) => u.text)).toEqual(expected);
    const voice = locale === 'en' ? ENGLISH : KOREAN;
    expect(new Set(heard.map((u) => `${u.lang} ${u.voice} ${u.rate}`))).toEqual(new Set([`${locale} ${voice.name} 1`]));
    expect(heard.map((u) => u.marked)).toEqual(expected.map((text) => [text]));
    expect(await reader.evaluate(control)).toMatchObject({ label: UI[locale].start, marked: 0 });
  });
}

test('/en/parallel/: the other language, or both alternately, each sentence marked with its counterpart', async ({
  reader,
}) => {
  const english = readingOrder('en');
  const korean = readingOrder('ko');
  await openWithStandIn(reader, '/en/parallel/');
  await startReading(reader);
  // The page's language by default, the heading marked with the other language's.
  expect(await spoken(reader)).toMatchObject([{ text: english[0], lang: 'en', marked: [english[0], korean[0]] }]);

  await reader.evaluate(choose, { index: 1, value: 'both' });
  await until(reader, heardCount, 2);
  for (let i = 0; i < 5; i++) await finishOne(reader);
  const both = (await spoken(reader)).slice(1);
  expect(both.map((u) => [u.text, u.lang])).toEqual([
    [english[0], 'en'],
    [korean[0], 'ko'],
    [english[1], 'en'],
    [korean[1], 'ko'],
    [english[2], 'en'],
    [korean[2], 'ko'],
  ]);
  // Each utterance marks the sentence (or heading) and its counterpart, whichever is said.
  expect(both.map((u) => u.marked.toSorted())).toEqual(
    both.map((_, i) => [english[i >> 1]!, korean[i >> 1]!].toSorted()),
  );
  expect(both.map((u) => u.voice)).toEqual([ENGLISH, KOREAN, ENGLISH, KOREAN, ENGLISH, KOREAN].map((v) => v.name));

  await reader.evaluate(choose, { index: 1, value: 'other' });
  await until(reader, heardCount, 8);
  await finishOne(reader);
  expect((await spoken(reader)).slice(7).map((u) => [u.text, u.lang])).toEqual([
    [korean[2], 'ko'],
    [korean[3], 'ko'],
  ]);
});

test('pause holds and resume goes on; next, previous and stop; by keyboard, focus staying put', async ({ reader }) => {
  const english = readingOrder('en');
  await openWithStandIn(reader, '/en/');
  await reader.evaluate(() => document.querySelector<HTMLElement>('.listen > button')!.focus());
  await reader.press('Enter');
  await until(reader, heardCount, 1);
  await finishOne(reader);
  expect(await reader.evaluate(control)).toMatchObject({ label: UI.en.pause, status: UI.en.reading, marked: 1 });

  await reader.press('Enter'); // Pause
  await until(reader, control, { shown: true, label: UI.en.resume, status: UI.en.paused, marked: 1 });
  // Nothing more is said while paused, even when the browser would have moved on.
  expect(await spokenCount(reader)).toBe(2);
  await expectSilence(reader);
  expect(await reader.evaluate(focusedText)).toBe(UI.en.resume);

  await reader.press('Enter'); // Resume: the paused sentence again, from its start
  await until(reader, heardCount, 3);
  await finishOne(reader);
  expect((await spoken(reader)).map((u) => u.text)).toEqual([english[0], english[1], english[1], english[2]]);
  expect(await reader.evaluate(control)).toMatchObject({ label: UI.en.pause, status: UI.en.reading });

  await reader.press('Tab'); // Previous
  await reader.press('Tab'); // Next
  expect(await reader.evaluate(focusedText)).toBe(UI.en.next);
  await reader.press('Enter');
  await until(reader, lastHeard, english[3]);
  await reader.press('Shift+Tab'); // Previous
  await reader.press('Enter');
  await until(reader, lastHeard, english[2]);
  // The focus ring shows on the control the keyboard is on.
  expect(await reader.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');

  await reader.press('Tab');
  await reader.press('Tab'); // Stop
  expect(await reader.evaluate(focusedText)).toBe(UI.en.stop);
  const said = await spokenCount(reader);
  await reader.press('Enter');
  await until(reader, control, { shown: true, label: UI.en.start, status: UI.en.stopped, marked: 0 });
  expect(await spokenCount(reader)).toBe(said);
  await expectSilence(reader);

  // Listen again: where it stopped.
  for (let i = 0; i < 3; i++) await reader.press('Shift+Tab');
  expect(await reader.evaluate(focusedText)).toBe(UI.en.start);
  await reader.press('Enter');
  await until(reader, heardCount, said + 1);
  expect((await spoken(reader)).at(-1)!.text).toBe(english[2]);
});

for (const path of ['/en/#agi-clause-p1-s3', '/ko/parallel/#agi-clause-p1-s3']) {
  test(`${path}: reading starts at the linked sentence`, async ({ reader }) => {
    const locale = path.startsWith('/en/') ? 'en' : 'ko';
    await openWithStandIn(reader, path);
    await startReading(reader);
    const text = sentenceText(locale, 'agi-clause-p1-s3');
    expect(await spoken(reader)).toMatchObject([{ text, lang: locale }]);
    // Kept in view: below the header and the controls, which stick while reading.
    await until(reader, markedInView, 'in view');
  });
}

test('a sentence tapped (here clicked) before the first press is where reading starts', async ({ reader }) => {
  await openWithStandIn(reader, '/en/');
  await reader.click('#bromance-p1-s2');
  await reader.evaluate(() => scrollTo(0, 0));
  await startReading(reader);
  expect((await spoken(reader))[0]!.text).toBe(sentenceText('en', 'bromance-p1-s2'));
});

test('with only an English voice, /ko/ offers no control and /en/ does', async ({ reader }) => {
  for (const [path, shown] of [
    ['/ko/', false],
    ['/en/', true],
    ['/en/parallel/', true],
  ] as const) {
    await reader.open(path, DESKTOP);
    await reader.evaluate(installSpeechStandIn, { voices: [ENGLISH], markSelector: MARK });
    await until(reader, controlShown, shown);
  }
  // In the parallel view, the other language cannot be chosen without a voice for it.
  await startReading(reader);
  expect(await reader.evaluate(() => document.querySelectorAll('.listen select').length)).toBe(1);
});

for (const error of ['synthesis-failed', 'not-allowed', 'interrupted']) {
  test(`a speech error (${error}) stops reading and says so`, async ({ reader }) => {
    await openWithStandIn(reader, '/ko/');
    await startReading(reader);
    await reader.evaluate(
      (e) => (window as unknown as { __speech: { fail(e: string): void } }).__speech.fail(e),
      error,
    );
    await until(reader, control, {
      shown: true,
      label: UI.ko.start,
      status: UI.ko.failed.replace('{{error}}', error),
      marked: 0,
    });
    // No console error: the fixture fails the test on any.
  });
}

test("with the browser's own voices, the control shows exactly where one speaks the page's language", async ({
  reader,
}) => {
  for (const locale of ['ko', 'en'] as const) {
    await reader.open(`/${locale}/`, DESKTOP);
    // Voices may be listed late: give the browser its moment, then compare.
    await reader.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
    const seen = await reader.evaluate(() => ({
      voices: window.speechSynthesis ? speechSynthesis.getVoices().map((v) => v.lang) : null,
      shown: !document.querySelector<HTMLElement>('.listen')!.hidden,
    }));
    test.info().annotations.push({ type: `${locale} voices`, description: JSON.stringify(seen.voices) });
    expect(seen.shown, JSON.stringify(seen.voices)).toBe(!!seen.voices?.some((lang) => lang.startsWith(locale)));
    if (reader.engine === 'webkit') {
      // WebKitGTK's voices are Flite's, English only: no Korean control.
      expect(seen.voices?.some((lang) => lang.startsWith('ko')) ?? false).toBe(false);
    }
  }
});

const VIEWS: View[] = (['desktop', 'phone'] as Device[]).flatMap((device) =>
  (['light', 'dark'] as Scheme[]).map((scheme) => ({ device, scheme })),
);
for (const view of VIEWS) {
  for (const path of ['/ko/', '/en/parallel/']) {
    test(`${path} (${view.device}, ${view.scheme}): the control idle and while reading`, async ({ reader }) => {
      const name = `listen-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${view.device}-${view.scheme}`;
      await openWithStandIn(reader, path, {}, view);
      expect(await reader.evaluate(sideways)).toBe(0);
      await reader.evaluate(() =>
        document.querySelector('.listen')!.scrollIntoView({ block: 'center', behavior: 'instant' }),
      );
      await reader.screenshot(shotPath(reader, `${name}-idle`));
      await startReading(reader);
      for (let i = 0; i < 3; i++) await finishOne(reader);
      // The sentence being read is in view, not under the header or the controls.
      await until(reader, markedInView, 'in view');
      expect(await reader.evaluate(sideways)).toBe(0);
      await reader.screenshot(shotPath(reader, `${name}-reading`));
    });
  }
}

/** Each control of the player that shows, and the status line when it shows: whole on screen,
 * below the sticky header, and what a pointer there meets. */
function controlsInSight() {
  const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
  const box = document.querySelector('.listen')!;
  return [...box.querySelectorAll<HTMLElement>('button, select, [role=status]:not(.visually-hidden)')]
    .filter((el) => el.checkVisibility())
    .flatMap((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const name = el.textContent.trim() || el.localName;
      if (r.top < header - 1) return [`${name}: top at ${r.top}, under the header that ends at ${header}`];
      if (r.bottom > innerHeight) return [`${name}: bottom at ${r.bottom}, below the screen (${innerHeight})`];
      return hit && (el.contains(hit) || hit.contains(el))
        ? []
        : [`${name}: covered by ${hit?.localName}.${hit?.className}`];
    });
}

test('after Stop far down the article, the controls and the focus stay where the reader is', async ({ reader }) => {
  const last = article('en').sections.at(-1)!.paragraphs.at(-1)!.sentences.at(-1)!.id;
  await openWithStandIn(reader, `/en/#${last}`);
  await reader.evaluate(() => document.querySelector<HTMLElement>('.listen > button')!.focus());
  await reader.press('Enter');
  await until(reader, heardCount, 1);
  // Far down the article before Stop: the page glides from the control to the linked sentence,
  // and a key pressed meanwhile may cut the glide short (Chromium).
  await until(reader, () => scrollY > innerHeight, true);
  await reader.press('Tab'); // Previous
  await reader.press('Tab'); // Next
  await reader.press('Tab'); // Stop
  expect(await reader.evaluate(focusedText)).toBe(UI.en.stop);
  await reader.press('Enter');
  await until(reader, status, UI.en.stopped);
  await reader.evaluate(nextFrames);
  const after = await reader.evaluate(() => ({
    focus: document.activeElement?.textContent,
    scrolled: scrollY > innerHeight,
  }));
  expect(after).toEqual({ focus: UI.en.stop, scrolled: true });
  expect(await reader.evaluate(controlsInSight), 'the controls and the status line after Stop').toEqual([]);
});

// The sticky header is as tall as it is: two rows on a 390 px phone (taller in Firefox's font),
// three in English at 320 px (a desktop at 400 % zoom).
for (const [path, device] of [
  ['/en/', 'phone-320'],
  ['/ko/', 'phone-320'],
  ['/en/parallel/', 'phone-390'],
  ['/ko/', 'phone-390'],
] as const) {
  test(`${path} (${device}): while reading, every control shows whole below the header`, async ({ reader }) => {
    await openWithStandIn(reader, path, {}, { device, scheme: 'light' });
    await startReading(reader);
    await reader.evaluate(() => scrollBy({ top: 2 * innerHeight, behavior: 'instant' }));
    await reader.evaluate(nextFrames);
    expect(await reader.evaluate(controlsInSight)).toEqual([]);
    await reader.screenshot(shotPath(reader, `listen${path.replace(/\W+/g, '-')}${device}-header`));
  });
}

test("the player's selects are form fields with an id and a name, each labelled", async ({ reader }) => {
  await openWithStandIn(reader, '/en/parallel/');
  await startReading(reader);
  const selects = await reader.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>('.listen select')].map((s) => ({
      id: s.id,
      name: s.name,
      unique: document.querySelectorAll(`[id="${s.id}"]`).length === 1,
      labelled: s.labels.length === 1 && s.labels[0]!.textContent.trim().length > 0,
    })),
  );
  expect(selects).toEqual([
    { id: 'listen-speed', name: 'speed', unique: true, labelled: true },
    { id: 'listen-mode', name: 'mode', unique: true, labelled: true },
  ]);
});
