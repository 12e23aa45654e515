// Remembers the reader's language and view, and keeps their place when they switch language or
// view: sections, paragraphs and sentences have the same anchors in every language and in both
// views, so the switch lands on the sentence being read.
import { STORAGE_KEYS, remember } from '../shared/storage-keys.ts';

/** The anchor of the section, paragraph or sentence at the top of the viewport. */
function placeInView(): string {
  // The innermost part being read: the last one that straddles the top edge (just below the
  // sticky header), else, past a part within it, the first one that starts below the edge. (Not
  // the address's #anchor: the reader may have scrolled on from it.)
  const edge = document.querySelector('.site-header')!.getBoundingClientRect().bottom + 1;
  let place: HTMLElement | undefined;
  let past = false;
  for (const el of document.querySelectorAll<HTMLElement>('main :is(section,.para,.pair,p>span)[id]')) {
    const { top, bottom } = el.getBoundingClientRect();
    // Only its last line or margin shows: the reader is past it. A sentence's last line may be
    // the one where the next sentence starts, so that line belongs to the next.
    const last = el.matches('span') ? [...el.getClientRects()].pop() : undefined;
    if (last ? last.top < edge + last.height / 2 : bottom <= edge + 40) {
      past = true;
      continue;
    }
    if (top < edge) {
      place = el;
      continue;
    }
    // Between two parts, the next one; above the first part (the page's top), no anchor at all.
    if (past && top < innerHeight && (!place || place.contains(el))) place = el;
    break;
  }
  return place?.id ?? '';
}

export function initLanguageMemory(): void {
  // The language to remember: the page's own (only single-language pages load this script; the
  // bilingual home and 404 pages do not), or the one the reader switches to. Saved as the
  // reader leaves, not on load: the first localStorage access opens the storage area synchronously,
  // a long task on a slow phone just as the page should respond.
  let language = document.documentElement.lang;
  const save = () => remember(STORAGE_KEYS.language, language);
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') save();
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang-switch], a[data-view]');
    if (!link) return;
    const { langSwitch, view } = link.dataset;
    if (langSwitch) language = langSwitch;
    if (view) remember(STORAGE_KEYS.view, view);
    // The article and the parallel view share their anchors in every language too.
    if (langSwitch || view) {
      const place = placeInView();
      if (place) link.hash = place;
    }
  });
}
