// The keyboard's way with the glossary cards (fetched with the mouse's: card-mouse-keys.ts):
// - focus on a term opens its card, which stays while focus is on the term or inside the card
//   (its glossary link) and closes when focus moves on;
// - Escape from inside a card opened on purpose returns to its term (the browser then closes the
//   card);
// - where the browser does not put a popover's contents after its source in the focus order
//   (Firefox 140), Tab from the term goes to the card's link, Shift+Tab back, and Tab from the
//   link returns to the term and goes on from there. terms.ts marks a card it opens with whether
//   the browser took the term as its source.
import type { Cards } from './card-mouse-keys.ts';
import { termAt } from './term-targets.ts';

export type SourcedCard = HTMLElement & { readsSource?: boolean };

export function startKeys({ show, hide, open }: Cards): void {
  const focused = (target: EventTarget | null) => {
    const button = termAt(target);
    if (button?.matches(':focus-visible')) show(button, false);
  };
  document.addEventListener('focusin', (event) => focused(event.target));
  document.addEventListener('focusout', (event) => {
    const current = open();
    if (!current || current.pinned) return;
    const { button, card } = current;
    const within = (node: EventTarget | null) => node === button || (node instanceof Node && card.contains(node));
    if (within(event.target) && !within(event.relatedTarget)) hide();
  });
  // Focus may have reached a term while this was fetched.
  focused(document.activeElement);

  document.addEventListener('keydown', (event) => {
    const current = open();
    const link = current?.card.querySelector('a');
    if (!current?.pinned || !link || !current.card.matches(':popover-open')) return;
    const { button, card } = current;
    if (event.key === 'Escape' && card.contains(document.activeElement)) button.focus();
    if (event.key !== 'Tab' || (card as SourcedCard).readsSource) return;
    if (!event.shiftKey && event.target === button) {
      event.preventDefault();
      link.focus();
    } else if (event.target === link) {
      if (event.shiftKey) event.preventDefault();
      button.focus(); // Tab's own move then starts from the term
    }
  });
}
