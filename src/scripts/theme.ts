// The theme switch: shows the theme in force (set before paint by the theme boot script),
// applies a new choice at once and remembers it for the next page and visit.
import { STORAGE_KEYS, remember } from '../shared/storage-keys.ts';

export function initThemeSwitch(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-switch]');
  const root = document.documentElement;
  if (!select) return;
  select.value = root.dataset.theme!;
  select.onchange = () => remember(STORAGE_KEYS.theme, (root.dataset.theme = select.value));
}
