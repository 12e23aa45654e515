// Glossary toggletips (WCAG 1.4.13): keyboard focus opens a term's card, a click or tap pins it
// open and a second one closes it, and a mouse's hover opens it after a short delay
// (card-hover.ts). The Popover API does the rest: one card at a time, Escape and a tap elsewhere
// close it, and without this script a click still opens the card.
// A term is a <label class="term"> holding its words and the button that opens the card (see
// Term.astro): the pointer meets the label, the keyboard the button, and a click on the words
// reaches the button as the label's own click.

import type { PinnedCard } from './card-keys.ts';
import type { StartHover } from './card-hover.ts';
import { placeCard } from './card-place.ts';
// Built on their own (see load-script.ts): the keys, fetched when the reader first pins a card;
// the hover, at a mouse's first move over the page.
import cardKeys from './card-keys.ts?script';
import cardHover from './card-hover.ts?script';
import { loadScript } from './load-script.ts';
import { termAt, wordsOf } from './term-targets.ts';

let current: { button: HTMLButtonElement; card: PinnedCard; pinned: boolean } | undefined;
/** Cancels the hover's pending open or close, once it has loaded. */
let cancelHover = () => {};

function show(button: HTMLButtonElement, pinned: boolean): void {
  cancelHover();
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

/** The open card, by its term. */
function placeCurrent(): void {
  if (current) placeCard(wordsOf(current.button), current.card);
}

function hide(): void {
  cancelHover();
  if (current?.card.matches(':popover-open')) current.card.hidePopover();
  current = undefined;
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

  const hover = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    document.removeEventListener('pointerover', hover);
    loadScript<StartHover>(cardHover).then(
      (startHover) => (cancelHover = startHover({ show, hide, open: () => current }, event)),
      () => {}, // not fetched (the page is being left, or offline): a click or focus still opens a card
    );
  };
  document.addEventListener('pointerover', hover);

  document.addEventListener('click', (event) => {
    // A click on the words is the label's: it goes on to the button as a click of its own.
    const button = termAt(event.target);
    if (!button || button !== event.target) return;
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

  addEventListener('scroll', placeCurrent, { passive: true });
  addEventListener('resize', placeCurrent, { passive: true });
}
