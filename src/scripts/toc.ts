// The table of contents' mark of the section being read (toc-mark.ts) is fetched when the reader
// first scrolls: at the top of the page no section is current, so a page load carries none of its
// code.
import { loadScript } from './load-script.ts';
import { onFirstScroll } from './first-scroll.ts';
import tocMark from './toc-mark.ts?script';

export function initTocMark(): void {
  if (document.querySelector('.toc')) onFirstScroll(() => void loadScript(tocMark));
}
