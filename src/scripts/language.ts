// Remembers the reader's language and view, and keeps their place when they switch language:
// sections and paragraphs have the same anchors in every language.
import { STORAGE_KEYS, remember } from './storage-keys.ts';

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
  for (const el of document.querySelectorAll<HTMLElement>('main section[id], main .para[id], main .pair[id]')) {
    const { top, bottom } = el.getBoundingClientRect();
    if (bottom <= edge + 40) continue; // only its last line or margin shows: the reader is past it
    if (top < edge) {
      place = el.id;
      continue;
    }
    if (!place && top < innerHeight) place = el.id;
    break;
  }
  return place;
}

function isNearTop(el: HTMLElement): boolean {
  const { top, bottom } = el.getBoundingClientRect();
  return top < innerHeight && bottom > 0;
}

export function initLanguageMemory(): void {
  const lang = document.documentElement.lang;
  if (document.querySelector('main:not(.home)')) remember(STORAGE_KEYS.language, lang);
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang-switch], a[data-lang-choice], a[data-view]');
    if (!link) return;
    const { langSwitch, langChoice, view } = link.dataset;
    if (langSwitch) {
      remember(STORAGE_KEYS.language, langSwitch);
      const place = placeInView();
      if (place) link.hash = place;
    }
    if (langChoice) remember(STORAGE_KEYS.language, langChoice);
    if (view) remember(STORAGE_KEYS.view, view);
  });
}
