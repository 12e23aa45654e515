// The theme switch: shows the theme in force (set before paint by ThemeScript), applies a new
// choice at once and remembers it for the next page and visit.
import { STORAGE_KEYS, remember } from './storage-keys.ts';

export function initThemeSwitch(): void {
  const root = document.documentElement;
  for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-switch]')) {
    select.value = root.dataset.theme ?? 'system';
    select.addEventListener('change', () => {
      root.dataset.theme = select.value;
      remember(STORAGE_KEYS.theme, select.value);
    });
  }
}
