// The inline script first in every page's <body> (rendered by PageBoot.astro), allowed by its hash.
// It applies the reader's remembered theme before anything is painted, so no page flashes the wrong
// one: data-theme is set even for "system", which tells the CSS that script runs and storage works,
// so the theme switch can show; without script the system theme applies. Reading storage here
// costs a synchronous open of the storage area on load, the price of a theme that does not flash.
//
// The theme switch (ThemeSwitch.astro) is the boot's too, so that it works before the page script
// has arrived: it shows the remembered choice as soon as it is parsed, before it is painted (as
// Starlight sets its select inline), and a choice made there applies and is kept at once.
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { sha256Source } from './csp.ts';
import { inlineCall } from './inline-script.ts';

/** Only the theme switch writes the key, so its value needs no check. Where storage is blocked
 *  the theme is not set: the switch stays hidden, since a choice could not be kept. */
function boot(themeKey: string, switchSelector: string): void {
  try {
    const root = document.documentElement;
    const theme = (root.dataset.theme = localStorage.getItem(themeKey) || 'system');
    // Mutation records are delivered before the next paint: the switch shows the theme as it
    // first appears. Its options may come in a later batch than the select itself.
    const shown = new MutationObserver(() => {
      const select = document.querySelector<HTMLSelectElement>(switchSelector);
      if (select) select.value = theme;
      if (select?.value === theme) shown.disconnect();
    });
    shown.observe(document, { childList: true, subtree: true });
    addEventListener('change', (event) => {
      const select = event.target as HTMLSelectElement;
      if (select.matches(switchSelector)) localStorage.setItem(themeKey, (root.dataset.theme = select.value));
    });
  } catch {
    // storage blocked: the system theme, and no switch
  }
}

export const THEME_SWITCH = '#theme';

export const pageBootScript = inlineCall(boot, STORAGE_KEYS.theme, THEME_SWITCH);

/** For the page's CSP: a page (or its layout) must add it in its frontmatter, which runs before
 *  the CSP meta tag is written; a component in <body> runs too late. */
export const pageBootHash = sha256Source(pageBootScript);
