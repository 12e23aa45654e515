// A mouse's way with the glossary cards (fetched with the keyboard's: card-mouse-keys.ts): hovering
// a term opens its card after a short delay, moving into the card keeps it open, leaving both
// closes it, unless the reader pinned it.
import type { Cards } from './card-mouse-keys.ts';
import { cardAt, termAt, wordsOf } from './term-targets.ts';

const OPEN_DELAY = 400;
const CLOSE_DELAY = 300;

/** Starts with the event that fetched it, if a mouse's (the pointer may already be on a term).
 *  Whatever else opens or closes a card (a click, focus) cancels a pending open or close: the
 *  cards' show and hide are wrapped here, before the keyboard's part takes them. */
export function startHover(cards: Cards, first?: Event): void {
  const { show, hide, open } = cards;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
  cards.show = (button, pinned) => {
    cancel();
    show(button, pinned);
  };
  cards.hide = () => {
    cancel();
    hide();
  };
  const over = (event: Event) => {
    if ((event as PointerEvent).pointerType !== 'mouse') return;
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
    cancel();
    if (current && !current.pinned) closeTimer = setTimeout(hide, CLOSE_DELAY);
  });
  if (first) over(first);
}
