// The "Words" switch: while it is on, the reader's first tap or click on the page, or the keyboard
// moving in it, fetches the word cards with their data (word-cards.ts), and the card of the word
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
  const start = (event?: Event) =>
    void (box.checked && loadScript<StartWordCards>(wordCards).then((begin) => begin?.(event)));
  try {
    box.checked = (localStorage.getItem(key) ?? +box.checked) > '0';
  } catch {
    // storage blocked: the switch is not shown (see WordsSwitch.astro)
  }
  for (const type of ['click', 'focusin']) box.closest('article')!.addEventListener(type, start, { once: true });
  box.onchange = () => {
    remember(key, +box.checked + '');
    start();
  };
}
