// "Show original" / "번역 보기": reveals the other language's paragraph in place. The code that
// builds it (other-paragraph.ts) is fetched at the first click, with the other language's text,
// so a page load carries neither; without script, or if either cannot be fetched, the link opens
// the parallel view at the same paragraph.
import otherParagraph from './other-paragraph.ts?script';
import { loadScript } from './load-script.ts';
import type { Toggle } from './other-paragraph.ts';

/**
 * Each link has the same words and goes to its own paragraph, so a screen reader's list of links
 * needs more to tell them apart: each is named by its words and its section's heading (with the
 * paragraph's number where the section has more than one). other-paragraph.ts keeps the name's
 * words those the link shows.
 */
function nameLinks(): void {
  for (const link of document.querySelectorAll('a.show-other')) {
    const section = link.closest('section')!;
    const n = section.querySelector('.para~.para') ? ` (${link.parentElement!.id.replace(/.*-p/, '')})` : '';
    link.ariaLabel = `${link.textContent} ${section.querySelector('h2')!.textContent}${n}`;
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
    void loadScript<Toggle>(otherParagraph).then((toggleParagraph) =>
      toggleParagraph ? toggleParagraph(link) : location.assign(link.href),
    );
  });
}
