// Marks the section being read in the table of contents (aria-current; toc-mark.css, adopted
// here, draws the mark) and keeps that entry in view when the sidebar scrolls: a few box reads
// per scroll. Fetched when the reader first scrolls (scrolled.ts); runs as soon as it arrives.
import { adoptStyle } from './adopt-style.ts';
import mark from '../styles/toc-mark.css?style';

const toc = document.querySelector<HTMLElement>('.toc');
if (toc) {
  adoptStyle(mark);
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a')];
  const sections = links.map((a) => document.getElementById(a.hash.slice(1))!);
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const root = document.documentElement;
    // The last section to start above a line a third of the way down the screen; at the page's
    // end, the last section, which may never reach that line. None above the first section.
    const link =
      links[
        root.scrollTop + innerHeight >= root.scrollHeight - 2
          ? links.length - 1
          : sections.findLastIndex((s) => s.getBoundingClientRect().top < innerHeight / 3)
      ];
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // Scrolls the sidebar only, never the page.
    const box = toc.getBoundingClientRect();
    const item = link.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom) toc.scrollTop += item.top - box.top - box.height / 2;
  };
  update();
  addEventListener('scroll', update, { passive: true });
}
