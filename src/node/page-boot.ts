// The inline script first in every page's <body> (rendered by PageBoot.astro), allowed by its hash.
// It applies the reader's remembered theme before anything is painted, so no page flashes the wrong
// one: data-theme is set even for "system", which tells the CSS that script runs and storage works,
// so the theme switch can show; without script the system theme applies. Reading storage here
// costs a synchronous open of the storage area on load, the price of a theme that does not flash.
//
// Then, once the first paint is on screen, it starts the page's script, whose address the element
// carries (data-page-script), and sets the page's icon. The text is the page's largest paint, and
// nothing the script does (event handlers, the Listen control, the contents' mark) changes it, so
// the largest paint is the first and waits for no script: a `defer` script runs before
// DOMContentLoaded, so, when it arrives fast, before the first paint, and Lighthouse then counts
// its round trip in the largest paint. It is added as a classic script element, which a page
// opened from disk may load.
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { sha256Source } from './csp.ts';
import { inlineCall } from './inline-script.ts';

/** Only the theme switch writes the key, so its value needs no check. Where storage is blocked
 *  the theme is not set: the switch stays hidden, since a choice could not be kept. */
function boot(themeKey: string, latestMs: number): void {
  try {
    document.documentElement.dataset.theme = localStorage.getItem(themeKey) || 'system';
  } catch {
    // storage blocked: the system theme, and no switch
  }
  // A page without a script (the home and 404 pages) has no address: nothing starts. The icon
  // comes then too, from the address its empty <link> keeps (HeadBasics.astro): a browser fetches
  // a page's icon once the page has loaded, which can be before the first paint, and Lighthouse
  // then counts that round trip in the largest paint.
  let src = (document.currentScript as HTMLScriptElement).dataset.pageScript;
  const start = () => {
    if (src) {
      const icon = document.querySelector<HTMLLinkElement>('link[rel=icon]')!;
      icon.href = icon.dataset.href!;
      document.head.append(Object.assign(document.createElement('script'), { src }));
    }
    src = '';
  };
  // Paint timing's first entry comes once the first paint is on screen (with the text: the
  // page's first contentful and largest paint); animation frames cannot tell (Chromium presents a
  // frame well after its callbacks ran). An engine may report none (Firefox, for a page opened at
  // a #fragment): the script then starts `latestMs` after this.
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  setTimeout(start, latestMs);
}

export const pageBootScript = inlineCall(boot, STORAGE_KEYS.theme, 1000);

/** For the page's CSP: a page (or its layout) must add it in its frontmatter, which runs before
 *  the CSP meta tag is written; a component in <body> runs too late. */
export const pageBootHash = sha256Source(pageBootScript);
