// Places a term's card (terms.ts): part of the page script, so that a card opened as soon as the
// page shows is placed as it opens.

const GAP = 6;
const EDGE = 8;

/**
 * `words`: the term's words in the text (its <label>). Clear of the sentence being read: below the term's sentence, else above it (under the sticky
 * header), else above the term (over the part of the sentence already read), else below it; and
 * across from the term within its own column,
 * so that in the parallel view it does not cover the counterpart the other column marks. Shifted
 * to stay on screen.
 */
export function placeCard(words: HTMLElement, card: HTMLElement): void {
  // The words' lines only, first to last: a term that starts a line leaves its empty button
  // (Term.astro) at the end of the line before, an empty box there.
  const lines = [...words.getClientRects()].filter((r) => r.width > 0);
  const term = { top: lines[0]!.top, left: lines[0]!.left, bottom: lines.at(-1)!.bottom };
  const sentence = (words.closest('p>span') ?? words).getBoundingClientRect();
  const column = words.closest('.pair-block')?.getBoundingClientRect();
  const { style } = card;
  style.inset = '0px auto auto 0px';
  const { width, height } = card.getBoundingClientRect();
  const top = EDGE + document.querySelector('.site-header')!.getBoundingClientRect().bottom;
  const bottom = innerHeight - EDGE;
  const fits = (y: number) => y >= top && y + height <= bottom;
  const y =
    [sentence.bottom + GAP, sentence.top - GAP - height, term.top - GAP - height, term.bottom + GAP].find(fits) ??
    term.bottom + GAP;
  // Within the term's column where the card fits in it (a column is on screen), else anywhere on screen.
  const [min, max] =
    column && column.width >= width ? [column.left, column.right] : [EDGE, document.documentElement.clientWidth - EDGE];
  style.left = `${Math.min(Math.max(term.left, min), max - width)}px`;
  style.top = `${y}px`;
}
