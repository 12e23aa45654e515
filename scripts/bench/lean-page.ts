// The lean page (`--lean`): an article page as built, less its definition cards and its scripts.
// The site could not publish it (its terms open nothing, nothing is remembered), but set beside the
// page and the bare page in the same run it shows what the markup and style cost on their own:
// the most that moving the definitions and the script out of the first load could win.

/** The cards' container (TermCards.astro): one per article page. */
const CARDS = /<aside class="term-cards"[^>]*>[\s\S]*?<\/aside>/g;
/** Every script that runs: the theme boot and the module. Structured data (JSON-LD) stays. */
const SCRIPTS = /<script(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g;

export function leanPage(html: string): string {
  const cards = html.match(CARDS)?.length ?? 0;
  if (cards !== 1) throw new Error(`the lean page wants one block of term cards, and the page has ${cards}`);
  if (!html.match(SCRIPTS)) throw new Error('the lean page wants a page with scripts, and the page has none');
  return html.replace(CARDS, '').replace(SCRIPTS, '');
}
