// A mouse's way with the glossary cards, loaded by terms.ts at the first move of a mouse over the
// page (a phone's finger never needs it): hovering a term opens its card after a short delay,
// moving into the card keeps it open, leaving both closes it, unless the reader pinned it.
import { provide } from './provide.ts';
import { cardAt, termAt, wordsOf } from './term-targets.ts';

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;

/** What terms.ts lends: opening a term's card, closing the open one, and which one is open. */
export interface Cards {
  show: (button: HTMLButtonElement, pinned: boolean) => void;
  hide: () => void;
  open: () => { button: HTMLButtonElement; card: HTMLElement; pinned: boolean } | undefined;
}
/** Starts with the event that loaded it (the pointer may already be on a term); returns what
 *  cancels a pending open or close, which terms.ts calls whenever a card opens or closes. */
export type StartHover = (cards: Cards, first: PointerEvent) => () => void;

const start: StartHover = ({ show, hide, open }, first) => {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const over = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const button = termAt(event.target);
    if (button) {
      clearTimeout(closeTimer);
      if (open()?.button !== button) {
        clearTimeout(openTimer);
        openTimer = setTimeout(show, OPEN_DELAY, button, false);
      }
    } else if (cardAt(event.target) === open()?.card) {
      clearTimeout(closeTimer);
    }
  };
  document.addEventListener('pointerover', over);
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const fromButton = termAt(event.target);
    const from = fromButton ? wordsOf(fromButton) : cardAt(event.target);
    if (!from) return;
    const to = event.relatedTarget;
    if (from.contains(to as Node | null)) return;
    const into = termAt(to) ?? cardAt(to);
    const current = open();
    if (into && (into === current?.button || into === current?.card)) return;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (current && !current.pinned) closeTimer = setTimeout(hide, CLOSE_DELAY);
  });
  over(first);
  return () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
};

provide(start);
