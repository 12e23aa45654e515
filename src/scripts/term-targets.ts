// What an event's target is to the glossary cards (terms.ts and card-hover.ts): a term's button,
// its words, or a card. A term is a <label class="term"> holding its words and the button that
// opens the card (see Term.astro).

/** The button of the term the pointer or focus is on, if any: the control of the term's <label>. */
export const termAt = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLLabelElement>('.term')?.control as HTMLButtonElement | null | undefined;
export const wordsOf = (button: HTMLButtonElement) => button.parentElement!;
export const cardAt = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLElement>('.term-card') ?? null;
