// The sticky header's height as it is. What sticks or lands below the header (the scroll padding,
// the contents, Listen's controls) is placed by --header-height (base.css), which the CSS can only
// guess: the header wraps to two or three rows with the width, the fonts and the zoom.
export function trackHeaderHeight(): void {
  const header = document.querySelector('.site-header')!; // on every page that loads the page script
  new ResizeObserver(() =>
    document.documentElement.style.setProperty('--header-height', `${header.getBoundingClientRect().height}px`),
  ).observe(header);
}
