// The parallel view's "hide the other language" switch: the CSS hides and reveals (parallel.css),
// the boot script (src/node/hide-other-boot.ts) restores the choice; this remembers it.
import { STORAGE_KEYS, remember } from '../shared/storage-keys.ts';

export function initHideOther(): void {
  const input = document.querySelector<HTMLInputElement>('#hide-other');
  if (input) input.onchange = () => remember(STORAGE_KEYS.hideOther, input.checked ? '1' : '');
}
