// What only matters once the reader has moved from the top of the page (scrolled.ts: the
// contents' mark, the place the language and view links keep) is fetched when they first scroll,
// or at once on a page opened scrolled (at a #fragment, or restored), not with the page.
import { loadScript } from './load-script.ts';
import scrolled from './scrolled.ts?script';

export function fetchWhenScrolled(): void {
  const fetch = () => void loadScript(scrolled);
  if (scrollY) fetch();
  else addEventListener('scroll', fetch, { once: true, passive: true });
}
