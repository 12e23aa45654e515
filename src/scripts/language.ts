// Remembers the reader's language and view, and keeps their place when they switch language or
// view: sections, paragraphs and sentences have the same anchors in every language and in both
// views, so the switch lands on the sentence being read.
import { LANGUAGE_KEY, VIEW_KEY, remember } from '../shared/storage-keys.ts';
import { loadScript } from './load-script.ts';
import { onFirstScroll } from './first-scroll.ts';
import place from './place-in-view.ts?script';

export function initLanguageMemory(): void {
  // The language to remember: the page's own (only single-language pages load this script; the
  // bilingual home and 404 pages do not), or the one the reader switches to. Saved as the
  // reader leaves, not on load: the first localStorage access opens the storage area synchronously,
  // a long task on a slow phone just as the page should respond.
  let language = document.documentElement.lang;
  // Found by code fetched at the first scroll: until then the reader is at the top, with no place
  // to keep. (A link opened in a new tab keeps it too, so it is found as the link is followed.)
  let placeInView: (() => string) | undefined;
  onFirstScroll(() => loadScript<() => string>(place).then((find) => (placeInView = find)));
  const save = () => remember(LANGUAGE_KEY, language);
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang-switch], a[data-view]');
    if (!link) return;
    const { langSwitch, view } = link.dataset;
    if (langSwitch) language = langSwitch;
    if (view) remember(VIEW_KEY, view);
    // The article and the parallel view share their anchors in every language too.
    if ((langSwitch || view) && placeInView) {
      const place = placeInView();
      if (place) link.hash = place;
    }
  });
}
