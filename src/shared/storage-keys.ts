// The only things the site keeps in the reader's browser: their language, view, theme and
// reading-aloud speed.
export const STORAGE_KEYS = {
  language: 'explainer:language',
  view: 'explainer:view',
  theme: 'explainer:theme',
  speed: 'explainer:speed',
} as const;

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled (private mode, policy): the site works, it just won't remember.
  }
}
