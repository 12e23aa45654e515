// The inline script that sets the parallel view's "hide the other language" switch to the reader's
// remembered choice. It sits right after the switch, so the choice applies before the sentences
// below it are parsed or painted: no flash of the hidden language. Only the parallel view has it
// (the article pages carry no byte of it); the page allows it by hash, as the theme boot script.
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { sha256Source } from './csp.ts';
import { inlineCall } from './inline-script.ts';

export const HIDE_OTHER_ID = 'hide-other';

/** Only the switch writes the key ('1' when on). */
function applyRememberedHideOther(id: string, key: string): void {
  try {
    (document.getElementById(id) as HTMLInputElement).checked = localStorage.getItem(key) === '1';
  } catch {
    // storage blocked: the switch starts off, and works for this page
  }
}

export const hideOtherBootScript = inlineCall(applyRememberedHideOther, HIDE_OTHER_ID, STORAGE_KEYS.hideOther);

/** Added by the parallel view's frontmatter, before the CSP meta tag is written. */
export const hideOtherBootHash = sha256Source(hideOtherBootScript);
