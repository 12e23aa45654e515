// The theme switch's inline script, right after its <select> (ThemeSwitch.astro), allowed by its
// hash: as soon as the switch is parsed, before it is painted, it shows the theme the boot script
// applied (page-boot.ts), and a choice made there applies and is kept at once, before the page
// script has arrived (as Starlight sets its select inline).
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { inlineCall } from './inline-script.ts';

/** Without a theme set (storage blocked) the switch is hidden (layout.css), and nothing is kept. */
function showAndKeep(themeKey: string): void {
  const select = document.currentScript!.previousElementSibling as HTMLSelectElement;
  const root = document.documentElement;
  select.value = root.dataset.theme!;
  select.onchange = () => {
    try {
      localStorage.setItem(themeKey, (root.dataset.theme = select.value));
    } catch {
      // storage blocked since the page loaded: the choice applies to the page alone
    }
  };
}

export const themeSwitchScript = inlineCall(showAndKeep, STORAGE_KEYS.theme);
