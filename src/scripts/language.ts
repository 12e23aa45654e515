// Remembers the reader's language and view: those of the page being read, which the home page
// returns to (return-to-choice.ts). The boot script has already opened the storage area to read
// the theme, so writing here costs the page nothing more.
import { LANGUAGE_KEY, VIEW_KEY, remember } from '../shared/storage-keys.ts';

export function rememberLanguageAndView(): void {
  remember(LANGUAGE_KEY, document.documentElement.lang);
  // The header marks the current page's view link: none on pages outside the two views.
  const view = document.querySelector<HTMLElement>('[aria-current=page][data-view]')?.dataset.view;
  if (view) remember(VIEW_KEY, view);
}
