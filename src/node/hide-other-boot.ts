// The inline script of the parallel view's "hide the other language" switch: it sets the switch
// to the reader's remembered choice and remembers each change. It sits right after the switch, so
// the choice applies before the sentences below it are parsed or painted (no flash of the hidden
// language), and it needs no module of its own: only the parallel view carries it, and the
// article pages' script is not split to share the storage key with it. Allowed by its hash, as
// the theme boot script.
import { HIDE_OTHER_KEY } from '../shared/storage-keys.ts';
import { inlineCall } from './inline-script.ts';

export const HIDE_OTHER_ID = 'hide-other';

/** '1' while the switch is on. Where storage is blocked the switch works for the page alone. */
function rememberHideOther(id: string, key: string): void {
  const input = document.getElementById(id) as HTMLInputElement;
  try {
    input.checked = localStorage.getItem(key) === '1';
    input.onchange = () => localStorage.setItem(key, input.checked ? '1' : '');
  } catch {
    // storage blocked: nothing to restore, nothing to keep
  }
}

export const hideOtherBootScript = inlineCall(rememberHideOther, HIDE_OTHER_ID, HIDE_OTHER_KEY);
