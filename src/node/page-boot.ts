// The inline script first in every page's <body> (rendered by PageBoot.astro), allowed by its hash.
// It applies the reader's remembered theme before anything is painted, so no page flashes the wrong
// one: data-theme is set even for "system", which tells the CSS that script runs and storage works,
// so the theme switch can show; without script the system theme applies. Reading storage here
// costs a synchronous open of the storage area on load, the price of a theme that does not flash.
//
// The theme switch (ThemeSwitch.astro) is the boot's too, so that it works before the page script
// has arrived: it shows the remembered choice as soon as it is parsed, and a choice made there
// applies and is kept at once. By a mutation observer, whose records come before the next paint:
// an inline script right after the switch (as Starlight's) ran too late in one throttled load in
// five, since Chromium may paint before it runs an inline script, and the switch showed "System"
// for a frame.
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { inlineCall } from './inline-script.ts';

/** Only the theme switch writes the key, so its value needs no check. Where storage is blocked
 *  the theme is not set: the switch stays hidden, since a choice could not be kept. */
function boot(themeKey: string, switchId: string): void {
  try {
    const root = document.documentElement;
    const theme = (root.dataset.theme = localStorage.getItem(themeKey) || 'system');
    // Its options may come in a later batch of records than the select itself: once its third.
    const shown = new MutationObserver(() => {
      const select = document.getElementById(switchId) as HTMLSelectElement | null;
      if (select?.[2]) {
        select.value = theme;
        shown.disconnect();
        select.onchange = () => localStorage.setItem(themeKey, (root.dataset.theme = select.value));
      }
    });
    shown.observe(document, { childList: true, subtree: true });
  } catch {
    // storage blocked: the system theme, and no switch
  }
}

export const THEME_SWITCH_ID = 'theme';

export const pageBootScript = inlineCall(boot, STORAGE_KEYS.theme, THEME_SWITCH_ID);
