// How a definition card names its term in another language: only what its own label does not
// already say. "샘 올트먼(Sam Altman)" needs no "Sam Altman" after it, and "Sam Altman" needs only
// "샘 올트먼" of "샘 올트먼(Sam Altman)".

/** The other language's label less what the card's own label already shows, or null for nothing. */
export function otherName(own: string, other: string): string | null {
  if (own.includes(other)) return null;
  const rest = other.replace(`(${own})`, '').trim();
  return rest && rest !== other.trim() ? rest : other;
}
