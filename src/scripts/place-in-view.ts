// Keeps the reader's place when they switch language or view: sections, paragraphs and sentences
// have the same anchors in every language and in both views, so a language or view link followed
// (in this tab or a new one) lands on the part being read. Fetched at the first scroll
// (scrolled.ts), since at the top of the page there is no place to keep.

/** The anchor of the section, paragraph or sentence at the top of the viewport. */
function placeInView(): string {
  // The innermost part being read: the last one that straddles the top edge (just below the
  // sticky header), else, past a part within it, the first one that starts below the edge. (Not
  // the address's #anchor: the reader may have scrolled on from it.)
  const edge = document.querySelector('.site-header')!.getBoundingClientRect().bottom + 1;
  let place: HTMLElement | undefined;
  let past = false;
  for (const el of document.querySelectorAll<HTMLElement>('main :is(section,.para,.pair,p>span)[id]')) {
    const { top, bottom } = el.getBoundingClientRect();
    // Only its last line or margin shows: the reader is past it. A sentence's last line may be
    // the one where the next sentence starts, so that line belongs to the next; but a sentence
    // that starts below the edge is the one being read (on a phone's parallel view each sentence
    // has lines of its own, and a one-line sentence just under the header is all last line).
    const last = el.matches('span') && top < edge ? [...el.getClientRects()].pop() : undefined;
    if (last ? last.top < edge + last.height / 2 : bottom <= edge + 40) {
      past = true;
      continue;
    }
    if (top < edge) {
      place = el;
      continue;
    }
    // Between two parts, the next one; above the first part (the page's top), no anchor at all.
    if (past && top < innerHeight && (!place || place.contains(el))) place = el;
    break;
  }
  return place?.id ?? '';
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-lang-switch], a[data-view]');
  const place = link && placeInView();
  if (place) link.hash = place;
});
