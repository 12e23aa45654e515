// Runs `then` when the reader first scrolls, or at once on a page opened scrolled (at a
// #fragment, or restored): what only matters once the reader has moved from the top of the page
// (scrolled.ts) is fetched then, not with the page.
export function onFirstScroll(then: () => void): void {
  if (scrollY) then();
  else addEventListener('scroll', then, { once: true, passive: true });
}
