// The parallel view's sentences. CSS marks a sentence and its counterpart while one is hovered,
// focused or linked to; this only makes them focusable: a tap focuses the sentence it lands on,
// and the keyboard gets one tab stop into the sentences (the linked one, else the first), from
// which the arrow keys move sentence by sentence. So a keyboard user passes over them with one
// Tab, and a screen reader hears the text as before.
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function initSentencePairs(): void {
  // The page's own language carries the anchors; the keyboard walks those, the mark shows both.
  const own = [...document.querySelectorAll<HTMLElement>('.pair p>[id]')];
  let tabStop = own.find((s) => s.matches(':target')) ?? own[0];
  if (!tabStop) return;
  for (const s of document.querySelectorAll<HTMLElement>('.pair p>span')) s.tabIndex = -1;
  tabStop.tabIndex = 0;

  document.addEventListener('focusin', (event) => {
    const s = event.target as HTMLElement;
    if (!own.includes(s)) return;
    showWithCounterpart(s);
    if (s === tabStop) return;
    tabStop!.tabIndex = -1;
    s.tabIndex = 0;
    tabStop = s;
  });

  document.addEventListener('keydown', (event) => {
    const at = own.indexOf(event.target as HTMLElement);
    const next = own[at + (STEPS[event.key] ?? NaN)];
    if (at < 0 || !next || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    next.focus();
  });
}

/**
 * Describes the sentence by its counterpart, the sentence at the same position in the other
 * language's paragraph (its text: ids stay the page's language's anchors). Where the counterpart
 * is under the sentence (phones), scrolls as little as it takes to show both: a sentence tapped or
 * reached on the screen's last lines would have it below the screen. Side by side, nothing moves
 * under a click.
 */
function showWithCounterpart(sentence: HTMLElement): void {
  const position = [...sentence.parentElement!.children].indexOf(sentence);
  const counterpart = sentence.closest('.pair')?.querySelector('.pair-block[lang] p')?.children[position];
  if (!counterpart) return;
  sentence.setAttribute('aria-description', counterpart.textContent!.replace(/\s+/g, ' ').trim());
  if (counterpart.getBoundingClientRect().top < sentence.getBoundingClientRect().bottom - 1) return;
  counterpart.scrollIntoView({ block: 'nearest' });
  sentence.scrollIntoView({ block: 'nearest' });
}
