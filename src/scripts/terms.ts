// Glossary toggletips (WCAG 1.4.13): hover opens a term's card after a short delay, moving into
// the card keeps it open, leaving both closes it; keyboard focus opens it; a click or tap pins it
// open and a second one closes it. The Popover API does the rest: one card at a time, Escape and
// a tap elsewhere close it, and without this script a click still opens the card.
// A term is a <label class="term"> holding its words and the button that opens the card (see
// Term.astro): the pointer meets the label, the keyboard the button, and a click on the words
// reaches the button as the label's own click.

import type { PinnedCard } from './card-keys.ts';
import type { PlaceCard } from './card-place.ts';
// Built on their own (see load-script.ts): the keys, fetched when the reader first pins a card;
// the placing, at the reader's first scroll, or else by the first card.
import cardKeys from './card-keys.ts?script';
import cardPlace from './card-place.ts?script';
import { loadScript } from './load-script.ts';
import { onFirstScroll } from './first-scroll.ts';

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;

let openTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;
let current: { button: HTMLButtonElement; card: PinnedCard; pinned: boolean } | undefined;

/** The button of the term the pointer or focus is on, if any: the control of the term's <label>. */
const termAt = (target: EventTarget | null) =>
  ((target as Element | null)?.closest?.<HTMLLabelElement>('.term')?.control as HTMLButtonElement | null | undefined) ??
  null;
const wordsOf = (button: HTMLButtonElement) => button.parentElement!;
let place: PlaceCard | undefined;
const loadPlace = () =>
  loadScript<PlaceCard>(cardPlace).then(
    (placeCard) => (place = placeCard),
    () => (place = () => {}), // not fetched: the browser's own place, mid-screen
  );
const cardAt = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('.term-card') ?? null;

function cancelTimers(): void {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
}

function show(button: HTMLButtonElement, pinned: boolean): void {
  cancelTimers();
  const card = button.popoverTargetElement as PinnedCard | null;
  if (!card) return;
  const same = current?.card === card;
  pinned ||= same && current!.pinned;
  // A card the reader opened on purpose (click, tap, Enter or Space) has its button as source, as
  // popovertarget makes it without script: Tab from the term then goes into the card (to its
  // glossary link) before the rest of the page. A card opened by passing focus or a hovering
  // pointer has none, so that a Tab walk stops once per term; pinning it opens it again with one.
  // A browser that reads `source` supports that order; the others get it from card-keys.ts.
  if (card.matches(':popover-open') && pinned && !(same && current!.pinned)) card.hidePopover();
  if (!card.matches(':popover-open')) {
    card.readsSource = false;
    card.pinnedBy = pinned ? button : undefined;
    card.showPopover(
      pinned
        ? {
            get source() {
              card.readsSource = true;
              return button;
            },
          }
        : undefined,
    );
    if (pinned) void loadScript(cardKeys);
  }
  current = { button, card, pinned };
  placeCurrent();
}

/** The open card, by its term. Opened before the placing has arrived, it stays unseen until then. */
function placeCurrent(): void {
  if (!current) return;
  const { button, card } = current;
  card.style.visibility = place ? '' : 'hidden';
  if (place) place(wordsOf(button), card);
  else void loadPlace().then(placeCurrent);
}

function hide(): void {
  cancelTimers();
  if (current?.card.matches(':popover-open')) current.card.hidePopover();
  current = undefined;
}

function hideSoon(): void {
  clearTimeout(closeTimer);
  if (current && !current.pinned) closeTimer = setTimeout(hide, CLOSE_DELAY);
}

/**
 * What the page leaves to this script, to spare its first round trip: each term control's
 * description (the shared hint word, then its card's definition: not the whole card, whose name
 * the control already has from its words and whose glossary link is no description) and each
 * card's link to its glossary entry.
 */
function completeCards(cards: HTMLElement): void {
  const { glossary, glossaryLink } = cards.dataset;
  for (const card of cards.querySelectorAll('[popover]')) {
    card.querySelector(':scope>span:not([lang])')!.id = `${card.id}-definition`;
    card.append(
      Object.assign(document.createElement('a'), {
        href: `${glossary}#${card.id.replace('term-', '')}`,
        textContent: glossaryLink,
      }),
    );
  }
  for (const button of document.querySelectorAll('.term>button'))
    button.setAttribute('aria-describedby', `terms-hint ${button.getAttribute('popovertarget')}-definition`);
}

export function initTerms(): void {
  const cards = document.querySelector<HTMLElement>('.term-cards');
  if (!cards) return;
  completeCards(cards);
  // A card closed by the browser (Escape, a tap elsewhere, another card): toggle does not bubble.
  document.addEventListener(
    'toggle',
    (event) => {
      if ((event as ToggleEvent).newState === 'closed' && event.target === current?.card) current = undefined;
    },
    true,
  );

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const button = termAt(event.target);
    if (button) {
      clearTimeout(closeTimer);
      if (current?.button !== button) {
        clearTimeout(openTimer);
        openTimer = setTimeout(show, OPEN_DELAY, button, false);
      }
    } else if (cardAt(event.target) === current?.card) {
      clearTimeout(closeTimer);
    }
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const fromButton = termAt(event.target);
    const from = fromButton ? wordsOf(fromButton) : cardAt(event.target);
    if (!from) return;
    const to = event.relatedTarget;
    if (from.contains(to as Node | null)) return;
    const into = termAt(to) ?? cardAt(to);
    if (into && (into === current?.button || into === current?.card)) return;
    clearTimeout(openTimer);
    hideSoon();
  });

  document.addEventListener('click', (event) => {
    // A click on the words is the label's: it goes on to the button as a click of its own.
    if (!(event.target instanceof HTMLButtonElement)) return;
    const button = termAt(event.target);
    if (button !== event.target) return;
    event.preventDefault(); // handled here instead of by popovertarget
    if (current?.button === button && current.pinned) hide();
    else show(button, true);
  });

  document.addEventListener('focusin', (event) => {
    const button = termAt(event.target);
    if (button?.matches(':focus-visible')) show(button, false);
  });
  // A card opened by focus stays while focus is on its term or inside it (its glossary link), and
  // closes when focus moves on.
  document.addEventListener('focusout', (event) => {
    if (!current || current.pinned) return;
    const { button, card } = current;
    const within = (node: EventTarget | null) => node === button || (node instanceof Node && card.contains(node));
    if (within(event.target) && !within(event.relatedTarget)) hide();
  });

  onFirstScroll(loadPlace);
  addEventListener('scroll', placeCurrent, { passive: true });
  addEventListener('resize', placeCurrent, { passive: true });
}
