// The reader's place, for the language switch and the view links (language.ts): fetched when the
// reader first scrolls, since at the top of the page there is no place to keep.
import { provide } from './provide.ts';

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

provide(placeInView);
