// The parallel view's sentences. CSS marks a sentence and its counterpart while one is hovered,
// focused or linked to; this only makes them focusable: a tap focuses the sentence it lands on,
// and the keyboard gets one tab stop into the sentences (the linked one, else the first), from
// which the arrow keys move sentence by sentence and Enter to the counterpart in the other
// language, and back. So a keyboard user passes over them with one Tab, and a screen reader hears
// the text as before, and how to move, once, as it enters the sentences.
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function initSentencePairs(): void {
  // The page's own language carries the anchors; the keyboard walks those, the mark shows both.
  const own = [...document.querySelectorAll<HTMLElement>('.pair p>[id]')];
  const theirs = [...document.querySelectorAll<HTMLElement>('.pair p>span:not([id])')];
  let tabStop = own.find((s) => s.matches(':target')) ?? own[0];
  if (!tabStop) return;
  for (const s of document.querySelectorAll<HTMLElement>('.pair p>span')) s.tabIndex = -1;
  tabStop.tabIndex = 0;
  const hint = document.getElementById('pairs-hint')?.id;
  const sentences = (s: HTMLElement) => (own.includes(s) ? own : theirs.includes(s) ? theirs : undefined);

  document.addEventListener('focusin', (event) => {
    const s = event.target as HTMLElement;
    if (!sentences(s)) return;
    // Arriving from outside the sentences: say once how to move among them.
    if (hint && !sentences(event.relatedTarget as HTMLElement)) s.setAttribute('aria-describedby', hint);
    if (!own.includes(s) || s === tabStop) return;
    tabStop!.tabIndex = -1;
    s.tabIndex = 0;
    tabStop = s;
  });
  document.addEventListener('focusout', (event) => {
    if (sentences(event.target as HTMLElement)) (event.target as HTMLElement).removeAttribute('aria-describedby');
  });

  document.addEventListener('keydown', (event) => {
    const s = event.target as HTMLElement;
    const list = sentences(s);
    if (!list || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    let next: HTMLElement | undefined;
    if (event.key === 'Enter') {
      // The sentence at the same place in the pair's other block.
      const index = [...s.parentElement!.children].indexOf(s);
      const block = [...s.closest('.pair')!.querySelectorAll('p')].find((p) => p !== s.parentElement);
      next = block?.children[index] as HTMLElement | undefined;
    } else next = list[list.indexOf(s) + (STEPS[event.key] ?? NaN)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
