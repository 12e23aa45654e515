// Remembers the reader's language and view, and keeps their place when they switch language:
// sections and paragraphs have the same anchors in every language.
import { STORAGE_KEYS, remember } from './storage-keys.ts';

/** The anchor of the section or paragraph at the top of the viewport. */
function placeInView(): string {
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && isNearTop(target)) return location.hash.slice(1);
  }
  let place = '';
  for (const el of document.querySelectorAll<HTMLElement>('main section[id], main .para[id], main .pair[id]')) {
    if (el.getBoundingClientRect().top > 80) break;
    place = el.id;
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
