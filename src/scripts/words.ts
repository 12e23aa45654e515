// The "Words" switch: while it is on, the reader's first tap or click on the text, or the keyboard
// entering it, fetches the word cards with their data (word-cards.ts), and the card of the word
// tapped opens; turning the switch on fetches them at once. Remembered per view (the switch's
// value: the article pages, where it starts off, or the parallel view, where it starts on).
import { WORDS_KEY, remember } from '../shared/storage-keys.ts';
import { loadScript } from './load-script.ts';
import type { StartWordCards } from './word-cards.ts';
import wordCards from './word-cards.ts?script';

export function initWords(): void {
  const box = document.getElementById('words') as HTMLInputElement | null;
  if (!box) return;
  const key = WORDS_KEY + box.value;
  try {
    const stored = localStorage.getItem(key);
    if (stored) box.checked = stored > '0';
  } catch {
    // storage blocked: the switch starts as the page sets it
  }
  box.parentElement!.hidden = false;
  const start = (event?: Event) => {
    if (box.checked) void loadScript<StartWordCards>(wordCards).then((begin) => begin(event));
  };
  const text = box.closest('article')!;
  text.addEventListener('click', start, { once: true });
  text.addEventListener('focusin', start, { once: true });
  box.onchange = () => {
    remember(key, box.checked ? '1' : '0');
    start();
  };
}
