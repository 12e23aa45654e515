// The only things the site keeps in the reader's browser: their language, view and theme, whether
// the parallel view hides the other language, whether words explain themselves, and the
// reading-aloud speed.
export const STORAGE_KEYS = {
  language: 'explainer:language',
  view: 'explainer:view',
  theme: 'explainer:theme',
} as const;

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
