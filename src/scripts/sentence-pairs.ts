// The parallel view's sentences. CSS marks a sentence and its counterpart while one is hovered,
// focused or linked to; this only makes them focusable: a tap focuses the sentence it lands on,
// and the keyboard gets one tab stop into the sentences (the linked one, else the first), from
// which the arrow keys move sentence by sentence and Enter to the counterpart in the other
// language, and back. So a keyboard user passes over them with one Tab, and a screen reader hears
// the text as before, the counterpart as its description, and how to move, once, as it enters.
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function initSentencePairs(): void {
  // The page's own language carries the anchors; the keyboard walks those, the mark shows both.
  const own = [...document.querySelectorAll<HTMLElement>('.pair p>[id]')];
  const theirs = [...document.querySelectorAll<HTMLElement>('.pair p>span:not([id])')];
  let tabStop = own.find((s) => s.matches(':target')) ?? own[0];
  if (!tabStop) return;
  for (const s of document.querySelectorAll<HTMLElement>('.pair p>span')) s.tabIndex = -1;
  tabStop.tabIndex = 0;
  const hint = document.getElementById('pairs-hint')?.textContent?.trim();
  const sentences = (s: EventTarget | null) =>
    own.includes(s as HTMLElement) ? own : theirs.includes(s as HTMLElement) ? theirs : undefined;

  document.addEventListener('focusin', (event) => {
    const s = event.target as HTMLElement;
    if (!sentences(s)) return;
    if (own.includes(s)) {
      describeByCounterpart(s);
      // A tap or click focuses the sentence as it presses, before its click: scrolling then
      // would move what it lands on (a term's words, whose card would stay shut). So the pair is
      // shown after the click, and not at all where the click opened a term's card.
      if (s.matches(':focus-visible')) showWithCounterpart(s);
      else
        document.addEventListener(
          'click',
          (click) => {
            if (document.activeElement === s && !(click.target as Element).closest('.term')) showWithCounterpart(s);
          },
          { once: true },
        );
    }
    // Arriving from outside the sentences: say once, after the counterpart, how to move among them.
    if (hint && !sentences(event.relatedTarget))
      s.setAttribute('aria-description', `${s.getAttribute('aria-description') ?? ''} ${hint}`.trim());
    if (!own.includes(s) || s === tabStop) return;
    tabStop!.tabIndex = -1;
    s.tabIndex = 0;
    tabStop = s;
  });

  // With the other language hidden on a phone, each hidden sentence is a tinted box (parallel.css)
  // that a tap reveals: focusing the sentence it translates marks the pair and shows it, as a tap
  // on that sentence does. The box is painted behind, so the tap lands on what holds it: the box
  // is found by where the tap was. (The hidden sentence itself cannot take focus.)
  document.addEventListener('click', ({ clientX: x, clientY: y }) => {
    const box = theirs.find(
      (s) =>
        getComputedStyle(s).visibility === 'hidden' &&
        [...s.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
    );
    if (box) counterpartOf(box)?.focus();
  });

  document.addEventListener('keydown', (event) => {
    const s = event.target as HTMLElement;
    const list = sentences(s);
    if (!list || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = event.key === 'Enter' ? counterpartOf(s) : list[list.indexOf(s) + (STEPS[event.key] ?? NaN)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}

/** The sentence at the same position in the pair's other paragraph. */
function counterpartOf(sentence: HTMLElement): HTMLElement | undefined {
  const position = [...sentence.parentElement!.children].indexOf(sentence);
  const other = [...sentence.closest('.pair')!.querySelectorAll('p')].find((p) => p !== sentence.parentElement);
  return other?.children[position] as HTMLElement | undefined;
}

/**
 * Describes the sentence by its counterpart, the sentence at the same position in the other
 * language's paragraph (its text: ids stay the page's language's anchors).
 */
function describeByCounterpart(sentence: HTMLElement): void {
  const counterpart = counterpartOf(sentence);
  if (counterpart) sentence.setAttribute('aria-description', counterpart.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Where the counterpart is under the sentence (phones), scrolls as little as it takes to show
 * both: a sentence tapped or reached on the screen's last lines would have it below the screen.
 * Side by side, nothing moves.
 */
function showWithCounterpart(sentence: HTMLElement): void {
  const counterpart = counterpartOf(sentence);
  if (!counterpart) return;
  if (counterpart.getBoundingClientRect().top < sentence.getBoundingClientRect().bottom - 1) return;
  counterpart.scrollIntoView({ block: 'nearest' });
  sentence.scrollIntoView({ block: 'nearest' });
}
