// Remembers the reader's language and view, and keeps their place when they switch language or
// view: sections and paragraphs have the same anchors in every language and in both views.
import { STORAGE_KEYS, remember } from '../shared/storage-keys.ts';

/** The anchor of the section or paragraph at the top of the viewport. */
function placeInView(): string {
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && isNearTop(target)) return location.hash.slice(1);
  }
  // The innermost section or paragraph being read: the last one that straddles the top edge
  // (just below the sticky header), else the first one that starts below it.
  const edge = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 1;
  let place = '';
  let past = false;
  for (const el of document.querySelectorAll<HTMLElement>('main section[id], main .para[id], main .pair[id]')) {
    const { top, bottom } = el.getBoundingClientRect();
    if (bottom <= edge + 40) {
      past = true; // only its last line or margin shows: the reader is past it
      continue;
    }
    if (top < edge) {
      place = el.id;
      continue;
    }
    // Between two parts, the next one; above the first part (the page's top), no anchor at all.
    if (!place && past && top < innerHeight) place = el.id;
    break;
  }
  return place;
}

function isNearTop(el: HTMLElement): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return top < innerHeight && bottom > 0;
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
