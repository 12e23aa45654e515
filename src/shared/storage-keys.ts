// The only things the site keeps in the reader's browser: their language, view and theme, whether
// the parallel view hides the other language, whether words explain themselves, and the
// reading-aloud speed.
export const LANGUAGE_KEY = 'explainer:language';
export const VIEW_KEY = 'explainer:view';
export const THEME_KEY = 'explainer:theme';
/** Each key on its own too, so that a browser script carries only those it uses. */
export const STORAGE_KEYS = { language: LANGUAGE_KEY, view: VIEW_KEY, theme: THEME_KEY } as const;

/** Only the parallel view's inline switch script (src/node/hide-other-boot.ts) uses it: apart from
 *  STORAGE_KEYS, so that the article pages' script does not carry it. */
export const HIDE_OTHER_KEY = 'explainer:hide-other';

/** The "Words" switch's choice, per view: the key is followed by the view (words.ts). */
export const WORDS_KEY = 'explainer:words:';

/** Only the read-aloud player (src/scripts/listen-player.ts, fetched at the first press) uses it:
 *  apart from STORAGE_KEYS, so that the page's first-load script does not carry it. */
export const SPEED_KEY = 'explainer:speed';

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled (private mode, policy): the site works, it just won't remember.
  }
}
