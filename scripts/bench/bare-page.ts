// The bare pages: the article as nothing but its paragraphs and a few lines of style, the floor
// the real pages are measured against in the same run, served by the same server; and the same
// with the definitions of its terms as a list, to tell what the definitions cost from what the
// rest of the page costs.
import type { ArticleText } from './article-text.ts';

/** A readable column in the system's fonts, light or dark as the reader's system is: about 180 bytes, as little as a page can decently have. */
const STYLE =
  ':root{color-scheme:light dark}body{max-width:40rem;margin:0 auto;padding:1rem;font:1.0625rem/1.7 system-ui,sans-serif;word-break:keep-all;overflow-wrap:anywhere}p{margin:0 0 1.2em}';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The paragraphs and the credit line, one `<p>` each (15 for the Korean article, as its source text
 * has 15 lines), with what Lighthouse requires of any page: language, title, description, viewport.
 * With `definitions`, the terms' definitions follow in a `<dl>`, after the text as the cards are.
 */
export function barePage(locale: string, text: ArticleText, { definitions = false } = {}): string {
  return [
    `<!doctype html><html lang="${locale}"><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escape(text.title)}</title><meta name="description" content="${escape(text.description)}">`,
    `<link rel="icon" href="data:,"><style>${STYLE}</style>`,
    ...[...text.paragraphs, text.credit].map((p) => `<p>${escape(p)}`),
    ...(definitions
      ? ['<dl>', ...text.definitions.map((d) => `<dt>${escape(d.label)}<dd>${escape(d.definition)}`), '</dl>']
      : []),
    '',
  ].join('\n');
}
