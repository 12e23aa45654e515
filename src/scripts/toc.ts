// The table of contents' mark of the section being read (toc-mark.ts) is fetched when the reader
// first scrolls, or at once on a page opened scrolled (at a #fragment, or restored): at the top of
// the page no section is current, so a page load carries none of its code.
import { loadScript } from './load-script.ts';
import tocMark from './toc-mark.ts?script';

export function initTocMark(): void {
  if (!document.querySelector('.toc')) return;
  const load = () => void loadScript(tocMark);
  if (scrollY) load();
  else addEventListener('scroll', load, { once: true, passive: true });
}
