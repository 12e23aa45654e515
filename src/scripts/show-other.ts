// "Show original" / "번역 보기": reveals the other language's paragraph in place. The code that
// builds it (other-paragraph.ts) is fetched at the first click, with the other language's text,
// so a page load carries neither; without script, or if either cannot be fetched, the link opens
// the parallel view at the same paragraph.
import otherParagraph from './other-paragraph.ts?script';
import { loadScript } from './load-script.ts';
import type { Toggle } from './other-paragraph.ts';

/**
 * Each link has the same words and goes to its own paragraph, so a screen reader's list of links
 * needs more to tell them apart: each is named by its words and then its section's heading (with
 * the paragraph's number where the section has more than one), from a hidden text beside it.
 * Referring to the link's own words keeps the name true once they say "hide".
 */
function nameLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.show-other')) {
    const paragraph = link.parentElement!;
    const section = paragraph.closest('section')!;
    const paragraphs = [...section.querySelectorAll('.para')];
    const n = paragraphs.length > 1 ? ` (${paragraphs.indexOf(paragraph) + 1})` : '';
    const where = Object.assign(document.createElement('span'), {
      id: `${paragraph.id}-where`,
      hidden: true,
      textContent: section.querySelector('h2')!.textContent!.trim() + n,
    });
    link.id = `${paragraph.id}-show`;
    link.after(where);
    link.setAttribute('aria-labelledby', `${link.id} ${where.id}`);
  }
}

export function initShowOther(): void {
  nameLinks();
  // Beyond their names nothing is touched on load (no work before the reader asks); the links
  // stay links, which Enter follows, and say whether their paragraph is open once they have
  // opened one.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.show-other');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    loadScript<Toggle>(otherParagraph).then(
      (toggleParagraph) => toggleParagraph(link),
      () => (location.href = link.href),
    );
  });
}
