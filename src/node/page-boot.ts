// The inline script first in every page's <body> (rendered by PageBoot.astro), allowed by its hash.
// It applies the reader's remembered theme before anything is painted, so no page flashes the wrong
// one: data-theme is set even for "system", which tells the CSS that script runs and storage works,
// so the theme switch can show; without script the system theme applies. Reading storage here
// costs a synchronous open of the storage area on load, the price of a theme that does not flash.
// The theme switch has an inline script of its own (theme-switch-script.ts).
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { inlineCall } from './inline-script.ts';

/** Only the theme switch writes the key, so its value needs no check. Where storage is blocked
 *  the theme is not set: the switch stays hidden, since a choice could not be kept. */
function boot(themeKey: string): void {
  try {
    document.documentElement.dataset.theme = localStorage.getItem(themeKey) || 'system';
  } catch {
    // storage blocked: the system theme, and no switch
  }
}

export const pageBootScript = inlineCall(boot, STORAGE_KEYS.theme);
