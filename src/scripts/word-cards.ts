// Every word explained: a part of the page script, fetched with the word data (words.ts) at the
// reader's first tap on the text, or when they turn the "Words" switch on. It wraps each word of
// a sentence in a span as the reader first reaches the sentence (wrapping the whole page would
// add thousands of elements that every mark of the parallel view, made with :has(), walks), so
// that a tap or the keyboard on any word opens one card: the word as
// written, each piece with its dictionary form, romanization, part of speech and meaning here, and
// the words of the other language that say it; in the parallel view those are marked in the other
// column too. A glossary term's words keep opening the term's own card when tapped; the keyboard
// reaches them word by word like any other.
//
// Keys, from a word: Left and Right, the previous and next word (on into the next sentence); Up
// and Down, the previous and next sentence; Enter, in the parallel view, the first word of the
// other language that says it; Escape, closes the card (and, in the parallel view, back to the
// sentence). The words are one Tab stop: the sentence in the parallel view (whose Right arrow
// enters its words), else the word last visited.
import { provide } from './provide.ts';
import { adoptStyle } from './adopt-style.ts';
import css from '../styles/word-cards.css?style';
import { WORD_STRINGS, withLanguage } from '../shared/part-strings.ts';
import type { CardSentence, WordCardData } from '../shared/word-cards.ts';

type Lang = 'ko' | 'en';
type Sentence = CardSentence;
type Strings = (typeof WORD_STRINGS)[Lang];

/** A word as the reader meets it: its pieces' spans in the text, in one sentence of one language. */
interface Word {
  lang: Lang;
  sentence: HTMLElement;
  data: Sentence;
  /** The written word (Korean) or token (English) index. */
  index: number;
  spans: HTMLElement[];
}

const page = document.documentElement.lang as Lang;
const strings: Strings = WORD_STRINGS[page];
const other = (lang: Lang): Lang => (lang === 'ko' ? 'en' : 'ko');
const parallel = !!document.querySelector('.pair');

interface Place {
  element: HTMLElement;
  id: string;
  lang: Lang;
}

/** Every sentence of the page that has words, in reading order; its words once wrapped; each span's word. */
let places: Place[] = [];
let data: WordCardData;
const wordsIn = new WeakMap<Element, Word[]>();
const wordOf = new WeakMap<Element, Word>();
let card: HTMLElement;
let tabStop: HTMLElement | undefined;

/** The sentences of the page with their anchor and language: the page's own, and in the parallel view the other column's. */
function sentencesOnPage(): Place[] {
  const found: Place[] = [];
  for (const own of document.querySelectorAll<HTMLElement>('p>span[id]')) {
    if (!/-p\d+-s\d+$/.test(own.id)) continue;
    found.push({ element: own, id: own.id, lang: page });
    const counterpart = counterpartOf(own);
    if (counterpart) found.push({ element: counterpart, id: own.id, lang: other(page) });
  }
  return found;
}

/** In the parallel view, the sentence at the same place in the pair's other paragraph. */
function counterpartOf(sentence: HTMLElement): HTMLElement | undefined {
  const pair = sentence.closest('.pair');
  if (!pair) return undefined;
  const position = [...sentence.parentElement!.children].indexOf(sentence);
  const paragraph = [...pair.querySelectorAll('p')].find((p) => p !== sentence.parentElement);
  return paragraph?.children[position] as HTMLElement | undefined;
}

/** The token texts of a sentence in one language, with the word each belongs to. */
function tokensOf(data: Sentence, lang: Lang): { text: string; word: number }[] {
  return lang === 'ko'
    ? data.ko.flatMap(([, pieces], word) => pieces.map(([text]) => ({ text, word })))
    : data.en.map(([text], word) => ({ text, word }));
}

/**
 * Wraps each token of the sentence in a span, without changing its text: tokens are found in
 * order in the sentence's text (the build checked that they spell it), and a token that crosses
 * an element's edge (a glossary term's) gets a span on each side. Done from the last token back,
 * so that splitting a text node leaves the offsets of the earlier tokens as they were.
 */
function wrap(sentence: HTMLElement, tokens: { text: string }[]): HTMLElement[][] {
  const texts: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    texts.push({ node, start: length });
    length += node.data.length;
  }
  const full = texts.map((t) => t.node.data).join('');
  let at = 0;
  const ranges = tokens.map(({ text }) => {
    const start = full.indexOf(text, at);
    at = start < 0 ? at : start + text.length;
    return [start, start + text.length] as const;
  });
  const spans: HTMLElement[][] = tokens.map(() => []);
  for (let t = ranges.length - 1; t >= 0; t--) {
    const [start, end] = ranges[t]!;
    if (start < 0) continue;
    for (let i = texts.length - 1; i >= 0; i--) {
      const { node, start: from } = texts[i]!;
      const to = from + node.data.length;
      if (to <= start || from >= end) continue;
      const piece = node.splitText(Math.max(start, from) - from);
      piece.splitText(Math.min(end, to) - Math.max(start, from));
      const span = document.createElement('span');
      span.className = 'w';
      piece.replaceWith(span);
      span.append(piece);
      spans[t]!.unshift(span);
    }
  }
  return spans;
}

/** The sentence's words, wrapped the first time they are asked for; none for a sentence without word data. */
function wordsOf(sentence: Element | undefined): Word[] {
  if (!sentence) return [];
  let list = wordsIn.get(sentence);
  if (list) return list;
  const place = places.find((p) => p.element === sentence);
  const words = place && data.sentences[place.id];
  list = place && words ? wrapWords(place, words) : [];
  wordsIn.set(sentence, list);
  return list;
}

function wrapWords({ element, lang }: Place, sentence: Sentence): Word[] {
  const tokens = tokensOf(sentence, lang);
  const spans = wrap(element, tokens);
  // Which token each span is, for marking the words of the other language that say a word.
  tokens.forEach((_, i) => spans[i]!.forEach((s) => (s.dataset.t = String(i))));
  const count = lang === 'ko' ? sentence.ko.length : sentence.en.length;
  const list: Word[] = [];
  for (let index = 0; index < count; index++) {
    const word: Word = {
      lang,
      sentence: element,
      data: sentence,
      index,
      spans: tokens.flatMap((t, i) => (t.word === index ? spans[i]! : [])),
    };
    if (word.spans.length === 0) continue;
    list.push(word);
    for (const span of word.spans) {
      wordOf.set(span, word);
      span.tabIndex = -1;
    }
  }
  return list;
}

/** The word at a point of the screen, its sentence's words wrapped first; none on a glossary term. */
function wordAt(x: number, y: number): Word | undefined {
  const under = document.elementFromPoint(x, y);
  if (!under || under.closest('.term, .word-card')) return undefined;
  wordsOf(places.find((p) => p.element.contains(under))?.element);
  const span = document.elementFromPoint(x, y)?.closest('.w');
  return span ? wordOf.get(span) : undefined;
}

function setTabStop(span: HTMLElement | undefined): void {
  if (!span || span === tabStop) return;
  if (tabStop) tabStop.tabIndex = -1;
  span.tabIndex = 0;
  tabStop = span;
}

/** The spans of the other language's sentence that say `word`, by the links of the word data. */
function counterpartSpans(word: Word): HTMLElement[] {
  const there = counterpartOf(word.sentence);
  if (!there) return [];
  wordsOf(there);
  const tokens = linkedTokens(word);
  return [...there.querySelectorAll<HTMLElement>('.w')].filter((s) => tokens.has(Number(s.dataset.t)));
}

/** The other language's token indexes (English token, or Korean piece by its order) that say the word. */
function linkedTokens(word: Word): Set<number> {
  const { ko } = word.data;
  if (word.lang === 'ko') return new Set(ko[word.index]![1].flatMap((piece) => piece[5]));
  const pieces = ko.flatMap(([, p]) => p);
  return new Set(pieces.flatMap((piece, i) => (piece[5].includes(word.index) ? [i] : [])));
}

/**
 * The words of the other language that say `word`, in their order: English tokens, or Korean
 * pieces put together as written (잡 and 았습니다 of one word read 잡았습니다).
 */
function otherWords(word: Word): string[] {
  const { ko, en } = word.data;
  const tokens = linkedTokens(word);
  if (word.lang === 'ko') return en.filter((_, i) => tokens.has(i)).map(([text]) => text);
  let piece = 0;
  return ko.flatMap(([, pieces]) => {
    const said = pieces.filter(() => tokens.has(piece++)).map(([text]) => text);
    return said.length ? [said.join('')] : [];
  });
}

function line(parent: HTMLElement, className: string, ...parts: (string | Node)[]): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...parts);
  parent.append(p);
  return p;
}

function inLang(text: string, lang: Lang, tag = 'span'): HTMLElement {
  const e = document.createElement(tag);
  e.textContent = text;
  if (lang !== page) e.lang = lang;
  return e;
}

/** The card's content: the word, then per piece its dictionary form, romanization, part of speech and meaning. */
function fill(word: Word): void {
  card.replaceChildren();
  const pos = strings.pos[word.lang] as Record<string, string>;
  const said = otherWords(word);
  const there = other(word.lang);
  if (word.lang === 'ko') {
    const [roman, pieces] = word.data.ko[word.index]!;
    const written = pieces.map(([text]) => text).join('');
    const romanized = inLang(roman, 'en');
    romanized.className = 'roman';
    line(card, 'word-head', inLang(written, 'ko', 'strong'), ' ', romanized);
    const list = document.createElement('ul');
    for (const [text, base, baseRoman, partOfSpeech, meaning] of pieces) {
      const item = document.createElement('li');
      item.append(
        inLang(text, 'ko', 'b'),
        ' ',
        inLang(base, 'ko'),
        ...(baseRoman !== base ? [' ', inLang(`(${baseRoman})`, 'en', 'i')] : []),
        ` · ${pos[partOfSpeech] ?? partOfSpeech} · `,
        inLang(meaning, 'en'),
      );
      list.append(item);
    }
    card.append(list);
  } else {
    const [text, base, partOfSpeech, meaning] = word.data.en[word.index]!;
    line(card, 'word-head', inLang(text, 'en', 'strong'));
    line(
      card,
      'word-piece',
      ...(base !== text ? [inLang(base, 'en'), ' · '] : []),
      pos[partOfSpeech] ?? partOfSpeech,
      ...(meaning ? [' · ', inLang(meaning, 'ko')] : []),
    );
  }
  const language = WORD_STRINGS[page].languages[there];
  line(
    card,
    'word-other',
    withLanguage(said.length ? strings.saysIn : strings.nothing, language),
    ...(said.length ? [' ', inLang(said.join(' '), there, 'b')] : []),
  );
}

const GAP = 6;
const EDGE = 8;

/**
 * Clear of the sentence and, where it shows, its counterpart: below both, else above both (under
 * the sticky header), else below the word; within the word's column where it fits. Shifted to stay
 * on screen.
 */
function place(word: Word, marked: HTMLElement[]): void {
  const anchor = word.spans[0]!.getBoundingClientRect();
  const boxes = [word.sentence, ...(marked.length ? [marked[0]!.closest<HTMLElement>('p>span')!] : [])].map((e) =>
    e.getBoundingClientRect(),
  );
  const clearTop = Math.min(...boxes.map((b) => b.top));
  const clearBottom = Math.max(...boxes.map((b) => b.bottom));
  const { style } = card;
  style.inset = 'auto';
  style.left = style.top = '0px';
  const { width, height } = card.getBoundingClientRect();
  const top = EDGE + (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
  const bottom = innerHeight - EDGE;
  const fits = (y: number) => y >= top && y + height <= bottom;
  const y =
    [clearBottom + GAP, clearTop - GAP - height, anchor.bottom + GAP, anchor.top - GAP - height].find(fits) ??
    anchor.bottom + GAP;
  const column = word.sentence.closest('.pair-block')?.getBoundingClientRect();
  const [min, max] =
    column && column.width >= width ? [column.left, column.right] : [EDGE, document.documentElement.clientWidth - EDGE];
  style.left = `${Math.min(Math.max(anchor.left, min), max - width)}px`;
  style.top = `${y}px`;
}

function unmark(): void {
  for (const e of document.querySelectorAll('.w-on, .w-said')) e.classList.remove('w-on', 'w-said');
}

/** Opens the word's card and marks the word, and in the parallel view the words that say it. */
function open(word: Word): void {
  unmark();
  for (const s of word.spans) s.classList.add('w-on');
  const marked = counterpartSpans(word);
  for (const s of marked) s.classList.add('w-said');
  fill(word);
  if (!card.matches(':popover-open')) card.showPopover();
  place(word, marked);
}

function close(): void {
  unmark();
  if (card.matches(':popover-open')) card.hidePopover();
}

/** The next (1) or previous (-1) sentence of the same language that has words. */
function nextSentence(sentence: HTMLElement, lang: Lang, by: 1 | -1): Word[] {
  const same = places.filter((p) => p.lang === lang);
  for (let i = same.findIndex((p) => p.element === sentence) + by; same[i]; i += by) {
    const words = wordsOf(same[i]!.element);
    if (words.length) return words;
  }
  return [];
}

/** The next word (1) or previous (-1) in reading order, on into the next sentence of the same language. */
function step(word: Word, by: 1 | -1): Word | undefined {
  const words = wordsOf(word.sentence);
  const next = words[words.indexOf(word) + by];
  if (next) return next;
  const then = nextSentence(word.sentence, word.lang, by);
  return by > 0 ? then[0] : then.at(-1);
}

/** The first word of the next (1) or previous (-1) sentence of the same language. */
const sentenceStep = (word: Word, by: 1 | -1): Word | undefined => nextSentence(word.sentence, word.lang, by)[0];

function focusWord(word: Word | undefined): void {
  if (!word) return;
  const span = word.spans[0]!;
  if (!parallel) setTabStop(span);
  span.focus();
}

/** Whether the reader has turned the words off since they were set up (words.ts). */
const off = () => !(document.getElementById('words') as HTMLInputElement | null)?.checked;

function onKey(event: KeyboardEvent): void {
  if (off() || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  const word = wordOf.get(target);
  // From a sentence of the parallel view, the right arrow enters its words (its first).
  if (!word) {
    if (event.key !== 'ArrowRight' || !target.matches?.('.pair p>span')) return;
    const first = wordsOf(target)[0];
    if (!first) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    focusWord(first);
    return;
  }
  const to: Record<string, () => Word | undefined> = {
    ArrowRight: () => step(word, 1),
    ArrowLeft: () => step(word, -1),
    ArrowDown: () => sentenceStep(word, 1),
    ArrowUp: () => sentenceStep(word, -1),
    Enter: () => {
      const said = counterpartSpans(word)[0];
      return said && wordOf.get(said);
    },
  };
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    if (parallel) word.sentence.focus();
    return;
  }
  const next = to[event.key]?.();
  if (!to[event.key]) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  focusWord(next);
}

// Beside the page script's folder (_astro/), wherever the site is served.
const DATA = new URL('../data/words.ko-en.json', (document.currentScript as HTMLScriptElement).src).href;
let started: Promise<void> | undefined;

/**
 * Sets the words up, once, however often it is asked. `asked`: the tap or click that asked for
 * them, before they were there: its word's card opens once they are.
 */
function start(asked?: Event): Promise<void> {
  started ??= fetch(DATA)
    .then((r) => r.json() as Promise<WordCardData>)
    .then(setUp);
  return started.then(() => {
    const word = asked instanceof MouseEvent && wordAt(asked.clientX, asked.clientY);
    if (word) open(word);
  });
}

function setUp(words: WordCardData): void {
  data = words;
  places = sentencesOnPage().filter((p) => data.sentences[p.id]);
  adoptStyle(css);
  card = document.createElement('div');
  card.id = 'word-card';
  card.className = 'word-card';
  card.popover = 'auto';
  card.setAttribute('role', 'note');
  card.setAttribute('aria-label', strings.card);
  // Inside the page's main landmark, as all its content is (the card shows in the top layer).
  document.querySelector('main')!.append(card);
  // Outside the parallel view no sentence is a Tab stop: the first word is, until another is visited.
  if (!parallel) setTabStop(wordsOf(places[0]?.element)[0]?.spans[0]);
  card.addEventListener('toggle', (e) => {
    if (e.newState === 'closed') unmark();
  });
  document.addEventListener('click', (event) => {
    // A glossary term's words open the term's own card, as always (wordAt finds none there).
    const word = off() ? undefined : wordAt(event.clientX, event.clientY);
    if (word) open(word);
  });
  // How to move among the words, said once as the keyboard enters them, after the card.
  const keys = document.createElement('span');
  keys.id = 'word-keys';
  keys.hidden = true;
  keys.textContent = strings.hint;
  card.after(keys);
  document.addEventListener('focusin', (event) => {
    const word = wordOf.get(event.target as Element);
    if (!word || off()) return;
    open(word);
    const entering = !wordOf.has(event.relatedTarget as Element);
    (event.target as Element).setAttribute('aria-describedby', entering ? 'word-card word-keys' : 'word-card');
  });
  document.addEventListener('keydown', onKey, true);
  document.getElementById('words')?.addEventListener('change', () => off() && close());
}

provide(start);
export type StartWordCards = typeof start;
