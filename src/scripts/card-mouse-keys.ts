// The mouse's and the keyboard's ways with the glossary cards (card-hover.ts, card-keys.ts): one
// part, fetched by terms.ts when the first of them shows itself (a mouse moving over the page, a
// key pressed, a term focused) or the first card is pinned. A finger that only taps never needs it.
import { startHover } from './card-hover.ts';
import { startKeys } from './card-keys.ts';
import { provide } from './provide.ts';

/** What terms.ts lends: opening a term's card, closing the open one, and which one is open. */
export interface Cards {
  show: (button: HTMLButtonElement, pinned: boolean) => void;
  hide: () => void;
  open: () => { button: HTMLButtonElement; card: HTMLElement; pinned: boolean } | undefined;
}

/** Starts with the event that fetched it (a mouse may already be over a term). */
export type StartCardWays = (cards: Cards, first?: Event) => void;

const start: StartCardWays = (cards, first) => {
  startHover(cards, first); // first: it wraps show and hide, which the keyboard's part then takes
  startKeys(cards);
};

provide(start);
