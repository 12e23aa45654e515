// Real speech, once: Firefox ESR speaking through speech-dispatcher and espeak-ng (the Linux
// desktop's own speech stack) with no sound device (tests/support/speech-dispatcher.ts). Firefox
// lists the dispatcher's voices, a Korean one among them, so /ko/ offers "Listen"; pressed, it
// reads the article at the voice's pace: mid-sentence the sentence is marked and the controls
// say so, the browser's own `start` and `end` events come for each sentence in turn, and a pause
// mid-sentence stops it. Firefox only: Chromium lists these voices only with --enable-speech-dispatcher and a
// display, and WebKitGTK speaks with Flite's English voices (see listen.spec.ts).
import puppeteer, { type Browser } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { firefoxPath } from '../support/engines.ts';
import { startSpeechDispatcher, type SpeechDispatcher } from '../support/speech-dispatcher.ts';

interface Heard {
  text: string;
  lang: string;
  events: string[];
  /** When each event came, in milliseconds since the page's start. */
  times: number[];
}

/** In the page: records the events of every utterance the page speaks, then speaks it. */
function recordSpeech(): void {
  const heard: Heard[] = ((window as unknown as { __heard: Heard[] }).__heard = []);
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
    if (!u.text) return speak(u); // the page's empty utterance, which only asks leave to speak
    const entry: Heard = { text: u.text, lang: u.lang, events: [], times: [] };
    heard.push(entry);
    for (const type of ['start', 'end', 'error'])
      u.addEventListener(type, (e) => {
        entry.events.push(type === 'error' ? `error ${(e as SpeechSynthesisErrorEvent).error}` : type);
        entry.times.push(performance.now());
      });
    speak(u);
  };
}

test.describe.configure({ mode: 'serial' });

let dispatcher: SpeechDispatcher | undefined;
let browser: Browser | undefined;

// Run by the firefox project alone (playwright.config.ts).
test.beforeAll(async () => {
  dispatcher = await startSpeechDispatcher();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    env: { ...process.env, SPEECHD_ADDRESS: dispatcher.address },
    extraPrefsFirefox: { 'media.webspeech.synth.enabled': true },
  });
});

test.afterAll(async () => {
  await browser?.close();
  dispatcher?.stop();
});

test('Firefox ESR with speech-dispatcher and espeak-ng: a Korean voice, and /ko/ read aloud at its pace, marked and controlled mid-sentence', async ({
  baseURL,
}) => {
  const page = await browser!.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(`${baseURL}/ko/`, { waitUntil: 'load' });
  // Voices arrive from the dispatcher; the page shows the control when a Korean one does.
  await expect
    .poll(() => page.evaluate(() => speechSynthesis.getVoices().map((v) => v.lang)), { timeout: 15_000 })
    .toContain('ko');
  await expect.poll(() => page.evaluate(() => !document.querySelector<HTMLElement>('.listen')!.hidden)).toBe(true);

  await page.evaluate(recordSpeech);
  await page.click('.listen > button');
  const article = JSON.parse(readFileSync('dist/data/article.ko.json', 'utf8')) as {
    sections: { heading: string; paragraphs: { sentences: { text: string }[] }[] }[];
  };
  const first = [
    article.sections[0]!.heading,
    ...article.sections[0]!.paragraphs[0]!.sentences.map((s) => s.text),
  ].slice(0, 4);
  const heard = () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
  const ui = (JSON.parse(readFileSync('content/ui/ko.json', 'utf8')) as { listen: Record<string, string> }).listen;
  /** What a reader sees of the player, and what is marked. */
  const player = () =>
    page.evaluate(() => ({
      label: document.querySelector('.listen > button')!.textContent,
      status: document.querySelector('.listen [role=status]')!.textContent,
      enabled: [...document.querySelectorAll('.listen button')].map((b) => b.getAttribute('aria-disabled') !== 'true'),
      marked: [...document.querySelectorAll('.reading')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
    }));

  // Mid-sentence: the first sentence started and not yet ended, a moment later still speaking.
  await expect.poll(async () => (await heard()).map((h) => h.events.join(' ')), { timeout: 15_000 }).toEqual(['start']);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  expect(
    (await heard()).map((h) => h.events.join(' ')),
    'still speaking 300 ms on',
  ).toEqual(['start']);
  expect(await player()).toEqual({
    label: ui.pause,
    status: ui.reading,
    enabled: [true, true, true, true],
    marked: [first[0]],
  });

  // Each of the first sentences spoken at its pace, in order, with its own start and end.
  await expect
    .poll(async () => (await heard()).slice(0, 4).map(({ text, lang, events }) => ({ text, lang, events })), {
      timeout: 60_000,
    })
    .toEqual(first.map((text) => ({ text, lang: 'ko', events: ['start', 'end'] })));
  const lasted = (await heard()).slice(0, 4).map((h) => h.times[1]! - h.times[0]!);
  expect(
    lasted.filter((ms) => ms < 250),
    `how long each took: ${lasted.join(', ')} ms`,
  ).toEqual([]);

  // Pause mid-sentence: the sentence stops and nothing more is said; the player says so.
  await expect.poll(async () => (await heard()).at(-1)!.events.join(' '), { timeout: 15_000 }).toBe('start');
  const before = (await heard()).length;
  await page.click('.listen > button'); // Pause
  await expect.poll(player).toMatchObject({ label: ui.resume, status: ui.paused });
  await page.evaluate(() => new Promise((done) => setTimeout(done, 1500)));
  const after = await heard();
  expect(after.length, 'nothing more said while paused').toBe(before);
  expect(after.at(-1)!.events[0]).toBe('start');
  expect(after.at(-1)!.events.length, 'the paused sentence ended').toBe(2);
  expect((await player()).marked, 'the paused sentence still marked').toHaveLength(1);
  expect(problems).toEqual([]);
});
