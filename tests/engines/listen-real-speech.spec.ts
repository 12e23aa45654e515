// Real speech, once: Firefox ESR speaking through speech-dispatcher and espeak-ng (the Linux
// desktop's own speech stack) with no sound device (tests/support/speech-dispatcher.ts). Firefox
// lists the dispatcher's voices, a Korean one among them, so /ko/ offers "Listen"; pressed, it
// reads the article, and the browser's own `start` and `end` events come for each sentence in
// turn. Firefox only: Chromium lists these voices only with --enable-speech-dispatcher and a
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
}

/** In the page: records the events of every utterance the page speaks, then speaks it. */
function recordSpeech(): void {
  const heard: Heard[] = ((window as unknown as { __heard: Heard[] }).__heard = []);
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
    if (!u.text) return speak(u); // the page's empty utterance, which only asks leave to speak
    const entry: Heard = { text: u.text, lang: u.lang, events: [] };
    heard.push(entry);
    for (const type of ['start', 'end', 'error'])
      u.addEventListener(type, (e) =>
        entry.events.push(type === 'error' ? `error ${(e as SpeechSynthesisErrorEvent).error}` : type),
      );
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

test('Firefox ESR with speech-dispatcher and espeak-ng: a Korean voice, and /ko/ read aloud with start and end per sentence', async ({
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
  const heard = () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard.slice(0, 4));
  await expect
    .poll(heard, { timeout: 30_000 })
    .toEqual(first.map((text) => ({ text, lang: 'ko', events: ['start', 'end'] })));
  await page.click('.listen > button:nth-child(4)'); // Stop
  expect(problems).toEqual([]);
});
