// Marks the section being read in the table of contents (aria-current; article.css draws the
// mark) and keeps that entry in view when the sidebar scrolls. Set up when the browser is idle,
// so it costs nothing while the page loads.
export function initTocMark(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc || !('IntersectionObserver' in window)) return;
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const section = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (section) links.set(section, link);
  }
  const sections = [...links.keys()];
  if (!sections.length) return;
  let current: HTMLAnchorElement | undefined;
  const mark = (link?: HTMLAnchorElement) => {
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // Scrolls the sidebar only, never the page.
    const box = toc.getBoundingClientRect();
    const item = link.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom) toc.scrollTop += item.top - box.top - (box.height - item.height) / 2;
  };
  const start = () => {
    // The section being read is the first one in a band across the upper part of the screen;
    // once the article's end is in sight, the last section, which may never reach the band.
    const inBand = new Set<Element>();
    const end = document.querySelector('.article-end');
    let atEnd = false;
    const update = (entries: IntersectionObserverEntry[]) => {
      for (const e of entries) {
        if (e.target === end) atEnd = e.isIntersecting;
        else if (e.isIntersecting) inBand.add(e.target);
        else inBand.delete(e.target);
      }
      const reading = atEnd ? sections.at(-1) : sections.find((s) => inBand.has(s));
      // Between two sections the mark stays; above the first (the front matter) there is none.
      if (reading) mark(links.get(reading));
      else if (sections[0]!.getBoundingClientRect().top > 0) mark();
    };
    const band = new IntersectionObserver(update, { rootMargin: '-10% 0px -60% 0px' });
    for (const s of sections) band.observe(s);
    if (end) new IntersectionObserver(update).observe(end);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start);
  else setTimeout(start, 1);
}
