// Glossary toggletips (WCAG 1.4.13): a click or tap pins a term's card open and a second one
// closes it; keyboard focus opens it and a mouse's hover after a short delay, each from a part
// fetched when first needed (card-keys.ts, card-hover.ts). The Popover API does the rest: one card
// at a time, Escape and a tap elsewhere close it, and without this script a click still opens the
// card.
// A term is a <label class="term"> holding its words and the button that opens the card (see
// Term.astro): the pointer meets the label, the keyboard the button, and a click on the words
// reaches the button as the label's own click.

import type { Cards, StartCardWays } from './card-mouse-keys.ts';
import type { SourcedCard } from './card-keys.ts';
import { placeCard } from './card-place.ts';
// Built on its own (see load-script.ts): the mouse's and the keyboard's ways, fetched at a mouse's
// first move over the page, the first key pressed, the first term focused or the first card pinned.
import cardMouseKeys from './card-mouse-keys.ts?script';
import { loadScript } from './load-script.ts';
import { termAt, wordsOf } from './term-targets.ts';

let current: { button: HTMLButtonElement; card: SourcedCard; pinned: boolean } | undefined;
/** What the mouse's and keyboard's part borrows; the hover wraps its show and hide, and the page's
 *  own clicks go through them too. */
const lent: Cards = { show, hide, open: () => current };
let ways: Promise<void> | undefined;
/** Once, however often asked: the part's listeners must not be added twice. */
const startWays = (event?: Event) =>
  // Not fetched (the page is being left, or offline): a click or tap still opens a card.
  void (ways ??= loadScript<StartCardWays>(cardMouseKeys).then((start) => start?.(lent, event)));

function show(button: HTMLButtonElement, pinned: boolean): void {
  const card = button.popoverTargetElement as SourcedCard | null;
  if (!card) return; // no Popover API
  const same = current?.card === card;
  pinned ||= same && current!.pinned;
  // A card the reader opened on purpose (click, tap, Enter or Space) has its button as source, as
  // popovertarget makes it without script: Tab from the term then goes into the card (to its
  // glossary link) before the rest of the page. A card opened by passing focus or a hovering
  // pointer has none, so that a Tab walk stops once per term; pinning it opens it again with one.
  // A browser that reads `source` supports that order; the others get it from card-keys.ts.
  if (card.matches(':popover-open') && pinned && !(same && current!.pinned)) card.hidePopover();
  if (!card.matches(':popover-open')) {
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
    if (pinned) startWays();
  }
  // The one glossary link (TermCards.astro) goes with the card that opens, to its entry.
  const link = document.getElementById('glossary-link') as HTMLAnchorElement;
  link.hash = card.id.slice(5);
  card.append(link);
  current = { button, card, pinned };
  placeCurrent();
}

/** The open card, by its term. */
function placeCurrent(): void {
  if (current) placeCard(wordsOf(current.button), current.card);
}

function hide(): void {
  if (current?.card.matches(':popover-open')) current.card.hidePopover();
  current = undefined;
}

/**
 * What the page leaves to this script, to spare its first round trip: each term control's
 * description, the shared hint word and then its card's definition (not the whole card, whose
 * name the control already has from its words and whose glossary link is no description).
 */
function describeTerms(): void {
  for (const definition of document.querySelectorAll('.term-card>span:not([lang])'))
    definition.id = `${definition.parentElement!.id}-d`;
  for (const button of document.querySelectorAll('.term>button'))
    button.setAttribute('aria-describedby', `terms-hint ${button.getAttribute('popovertarget')}-d`);
}

export function initTerms(): void {
  if (!document.querySelector('.term-cards')) return;
  describeTerms();
  // A card closed by the browser (Escape, a tap elsewhere, another card): toggle does not bubble.
  // Its event comes after the click that closed it (a press on a term's words, outside the card,
  // closes it before the click): that click still finds the card it meant to close.
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.newState === 'closed' && event.target === current?.card) current = undefined;
    },
    true,
  );

  // Ready before a mouse or the keyboard reaches a term: at the page's first pointer, key or focus
  // (a screen reader may move focus without a key the page sees). A finger's first touch fetches
  // it too, for the keyboard a phone may have.
  for (const type of ['pointerover', 'keydown', 'focusin']) document.addEventListener(type, startWays, { once: true });

  document.addEventListener('click', (event) => {
    // A click on the words is the label's: it goes on to the button as a click of its own.
    const button = event.target as HTMLButtonElement;
    if (termAt(button) !== button) return;
    event.preventDefault(); // handled here instead of by popovertarget
    if (current?.button === button && current.pinned) lent.hide();
    else lent.show(button, true);
  });

  addEventListener('scroll', placeCurrent, { passive: true });
  addEventListener('resize', placeCurrent, { passive: true });
}
