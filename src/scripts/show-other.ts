// "Show original" / "번역 보기": reveals the other language's paragraph in place. The code that
// builds it (other-paragraph.ts) is fetched at the first click, with the other language's text,
// so a page load carries neither; without script, or if either cannot be fetched, the link opens
// the parallel view at the same paragraph.
// other-paragraph.ts is bundled on its own through Vite's worker bundling (`?worker&url`), the
// one way to have a separately built script's URL without Vite's preload helper (about 0.7 KB
// gzipped in the page's script); it runs in the page, as a module, not in a worker.
import otherParagraph from './other-paragraph.ts?worker&url';

export function initShowOther(): void {
  // Nothing is touched on load (no work before the reader asks); the links stay links, which
  // Enter follows, and say whether their paragraph is open once they have opened one.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.show-other');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    import(/* @vite-ignore */ otherParagraph).then(
      () => link.dispatchEvent(new Event('explainer:show-other', { bubbles: true })),
      () => (location.href = link.href),
    );
  });
}
