// The read-aloud player, fetched at the first press of "Listen" (listen.ts hands it each press):
// one utterance per sentence, each with its sentence's language and a voice for it, the sentence
// being read marked (in the parallel view with its counterpart) and kept in view. One utterance
// per sentence, not one for the article: Chrome's network voices stop after about 14 seconds
// without an error, and many voices send no `boundary` events, so only each sentence's `end` can
// move the mark on.
import { LISTEN_STRINGS as UI, withLanguage } from '../shared/part-strings.ts';
import { SPEED_KEY, remember } from '../shared/storage-keys.ts';
import { provide } from './provide.ts';
import { adoptStyle } from './adopt-style.ts';
import playing from '../styles/listen-playing.css?style';

/** A press of "Listen", with what the reader last tapped, clicked or focused outside the controls. */
export type Press = (tapped: EventTarget | null | undefined) => void;

const SPEEDS = ['0.75', '1', '1.25'];

/** What the parallel view reads: the page's language, the other one, or each sentence then its counterpart. */
type Mode = 'own' | 'other' | 'both';
/** One utterance: `key` is the page's own sentence (or heading) it stands for, whatever is said. */
interface Item {
  key: Element;
  say: HTMLElement;
  marks: HTMLElement[];
}

adoptStyle(playing);
const box = document.querySelector<HTMLElement>('.listen')!;
const [main, status] = [...box.children] as [HTMLButtonElement, HTMLElement];
const page = document.documentElement.lang as keyof typeof UI;
const ui = UI[page] ?? UI.en;
const startLabel = main.textContent;
const otherLang = document.querySelector<HTMLElement>('.pair-block[lang]')?.lang;

const langOf = (el: Element) => el.closest<HTMLElement>('[lang]')!.lang;
const voiceFor = (lang: string) => {
  const all = speechSynthesis.getVoices().filter((v) => v.lang.startsWith(lang));
  return all.find((v) => v.default) ?? all.find((v) => v.localService) ?? all[0];
};

/** In the parallel view, the other language's sentence at the same place of the same paragraph. */
function counterpart(sentence: HTMLElement): HTMLElement | null {
  const index = [...sentence.parentElement!.children].indexOf(sentence);
  return (sentence.closest('.pair')?.querySelector('.pair-block[lang] p')?.children[index] as HTMLElement) ?? null;
}

function itemsFor(mode: Mode): Item[] {
  const items: Item[] = [];
  const add = (key: HTMLElement, other: HTMLElement | null) => {
    const marks = other ? [key, other] : [key];
    if (mode !== 'other' || !other) items.push({ key, say: key, marks });
    if (other && mode !== 'own') items.push({ key, say: other, marks });
  };
  for (const section of document.querySelectorAll('main section[id]')) {
    add(section.querySelector('h2')!, section.querySelector('.other-heading'));
    for (const s of section.querySelectorAll<HTMLElement>('p>span[id]')) add(s, counterpart(s));
  }
  return items;
}

/** The page's own sentence or heading that an element the reader points to stands for. */
function keyOf(el: Element | null | undefined): Element | undefined {
  if (!el) return undefined;
  const sentence = el.closest<HTMLElement>('p>span');
  if (sentence?.id) return sentence;
  if (sentence) {
    // The other language's sentence (the parallel view's, or a revealed original's): the page's own
    // sentence at the same place of the paragraph.
    const index = [...sentence.parentElement!.children].indexOf(sentence);
    return sentence.closest('.pair,.para')?.querySelector('p>span[id]')?.parentElement!.children[index];
  }
  const section = el.closest('main section[id]');
  return el.closest('.para,.pair')?.querySelector('p>span[id]') ?? section?.querySelector('h2') ?? undefined;
}

const linked = () => document.getElementById(decodeURIComponent(location.hash.slice(1)));

function control<T extends HTMLElement>(tag: string, label: string): T {
  const el = document.createElement(tag) as T;
  if (el instanceof HTMLButtonElement) el.type = 'button';
  el.textContent = label;
  return el;
}

/**
 * A select named by a label that only assistive technology reads: its options speak for themselves.
 * Its id and name say what it sets, as a form field's should (browsers' form tools look for them).
 */
function choice(
  name: string,
  label: string,
  options: [string, string][],
  value: string,
): [HTMLLabelElement, HTMLSelectElement] {
  const wrap = document.createElement('label');
  const select = Object.assign(document.createElement('select'), { id: `listen-${name}`, name });
  for (const [v, text] of options) select.add(new Option(text, v, false, v === value));
  wrap.append(control('span', label), select);
  wrap.firstElementChild!.className = 'visually-hidden';
  return [wrap, select];
}

let stored: string | null = null;
try {
  stored = localStorage.getItem(SPEED_KEY);
} catch {
  // No storage: the speed is not remembered.
}
const previous = control<HTMLButtonElement>('button', ui.previous);
const next = control<HTMLButtonElement>('button', ui.next);
const stop = control<HTMLButtonElement>('button', ui.stop);
const [speedLabel, speed] = choice(
  'speed',
  ui.speed,
  SPEEDS.map((v) => [v, `${v}×`]),
  SPEEDS.includes(stored!) ? stored! : '1',
);
const modes: [string, string][] = [['own', withLanguage(ui.only, ui.languages[page])]];
if (otherLang && voiceFor(otherLang))
  modes.push(['other', withLanguage(ui.only, ui.languages[otherLang as 'ko' | 'en'])], ['both', ui.both]);
const [modeLabel, mode] = choice('mode', ui.read, modes, 'own');
box.insertBefore(previous, status);
box.insertBefore(next, status);
box.insertBefore(stop, status);
box.insertBefore(speedLabel, status);
if (modes.length > 1) box.insertBefore(modeLabel, status);

let items = itemsFor('own');
let at = 0;
let state: 'idle' | 'reading' | 'paused' = 'idle';
/** The utterance whose events count: one this player cancelled (to skip, pause or stop) reports an
 * `interrupted` or `canceled` error, or an `end`, that must not stop or move the reading. */
let current: SpeechSynthesisUtterance | undefined;
let marked: HTMLElement[] = [];
/** Where the next start begins: the linked sentence at first, then where the reader was. */
let from: Element | undefined = keyOf(linked());
let started = false;
/** What listen.ts handed over at the last press: the same again is no new tap. */
let handed: EventTarget | null | undefined = null;

function render(message: string): void {
  main.textContent = state === 'reading' ? ui.pause : state === 'paused' ? ui.resume : startLabel;
  for (const b of [previous, next, stop]) b.setAttribute('aria-disabled', String(state === 'idle'));
  // Once reading has started the controls stay under the header, also after Stop or the end: the
  // reader is then far down the article, and the bar going back to its place at the top would
  // take the status line and the focused Stop button out of sight.
  box.classList.toggle('playing', started);
  // While reading, the button says what is going on; the status line is for screen readers then.
  status.classList.toggle('visually-hidden', state !== 'idle');
  status.textContent = message;
}

function show(item: Item | undefined): void {
  for (const el of marked) el.classList.remove('reading');
  marked = item?.marks ?? [];
  for (const el of marked) el.classList.add('reading');
  if (item) keepInView(item.say);
}

/** Set while a smooth scroll of ours runs: the sentence may have moved on before it ends. */
let gliding = false;

/** Scrolls only when the sentence is out of view: under the header and the controls (which
 * stick while reading), or below the screen. */
function keepInView(el: HTMLElement): void {
  const { top, bottom } = el.getBoundingClientRect();
  const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
  if (top >= Math.max(box.getBoundingClientRect().bottom, header) && bottom <= innerHeight) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  gliding = smooth;
  el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
}

addEventListener('scrollend', () => {
  if (!gliding) return;
  gliding = false;
  const item = items[at];
  if (state !== 'idle' && item) keepInView(item.say);
});

function quiet(): void {
  current = undefined;
  speechSynthesis.cancel();
}

function halt(message: string, resumeAt?: Element): void {
  quiet();
  state = 'idle';
  from = resumeAt;
  show(undefined);
  render(message);
}

function say(index: number): void {
  const item = items[index];
  if (!item) return halt(ui.finished);
  at = index;
  show(item);
  const utterance = new SpeechSynthesisUtterance(item.say.textContent.replace(/\s+/g, ' ').trim());
  utterance.lang = langOf(item.say);
  utterance.voice = voiceFor(utterance.lang) ?? null;
  utterance.rate = Number(speed.value);
  utterance.onend = () => utterance === current && say(at + 1);
  utterance.onerror = (event) =>
    utterance === current && halt(ui.failed.replace('{{error}}', event.error), items[at]?.key);
  current = utterance;
  speechSynthesis.speak(utterance);
}

function start(place: Element | undefined): void {
  state = 'reading';
  started = true;
  render(ui.reading);
  say(
    Math.max(
      0,
      items.findIndex((item) => item.key === place),
    ),
  );
}

const press: Press = (detail) => {
  if (state === 'reading') {
    state = 'paused';
    quiet();
    render(ui.paused);
  } else if (state === 'paused') {
    state = 'reading';
    render(ui.reading);
    say(at);
  } else {
    // At the first press a linked sentence comes before one the reader tapped; after that, the
    // reader's latest tap or focus comes before where the reading stopped.
    const tapped = detail === handed ? undefined : keyOf(detail as Element | null);
    handed = detail;
    start(started ? (tapped ?? from) : (from ?? tapped));
  }
};

const move = (by: number) => () => {
  if (state === 'idle') return;
  const index = Math.min(items.length - 1, Math.max(0, at + by));
  if (state === 'paused') show(items[(at = index)]);
  else {
    quiet();
    say(index);
  }
};
previous.addEventListener('click', move(-1));
next.addEventListener('click', move(1));
stop.addEventListener('click', () => state !== 'idle' && halt(ui.stopped, items[at]?.key));

speed.addEventListener('change', () => {
  remember(SPEED_KEY, speed.value);
  if (state === 'reading') move(0)();
});

mode.addEventListener('change', () => {
  const key = items[at]?.key;
  items = itemsFor(mode.value as Mode);
  at = Math.max(
    0,
    items.findIndex((item) => item.key === key),
  );
  if (state === 'reading') move(0)();
  else if (state === 'paused') show(items[at]);
});

render('');
addEventListener('hashchange', () => (from = keyOf(linked()) ?? from));
addEventListener('pagehide', quiet);
provide(press);
