// Adds a stylesheet to the page from a script: for the styles of what only a part loaded at first
// use shows (`import css from '../styles/x.css?style'`, see src/node/client-scripts.ts), so that
// the page's first round trip does not carry them. A constructed stylesheet is not a <style> or
// <link>, which the page's CSP allows only by hash or address: it needs neither.
export function adoptStyle(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
