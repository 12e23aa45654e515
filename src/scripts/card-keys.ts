// The keyboard in and out of a term's card the reader opened on purpose, loaded by terms.ts when
// the first one is: Escape from inside the card returns to its term (the browser then closes the
// card); and, where the browser does not put a popover's contents after its source in the focus
// order (Firefox 140), Tab from the term goes to the card's link, Shift+Tab back, and Tab from
// the link returns to the term and goes on from there. terms.ts marks the open card with the term
// that pinned it (`pinnedBy`) and whether the browser took that term as its source.
export type PinnedCard = HTMLElement & { pinnedBy?: HTMLButtonElement; readsSource?: boolean };

document.addEventListener('keydown', (event) => {
  const card = document.querySelector<PinnedCard>('.term-card:popover-open');
  const button = card?.pinnedBy;
  const link = card?.querySelector('a');
  if (!button || !link) return;
  if (event.key === 'Escape' && card!.contains(document.activeElement)) button.focus();
  if (event.key !== 'Tab' || card!.readsSource) return;
  if (!event.shiftKey && event.target === button) {
    event.preventDefault();
    link.focus();
  } else if (event.target === link) {
    if (event.shiftKey) event.preventDefault();
    button.focus(); // Tab's own move then starts from the term
  }
});
