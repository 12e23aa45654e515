// XHTML for the e-book: documents, the article's paragraphs with each <Term> as a note reference,
// and the notes that hold the definitions (pop-ups in Apple Books, Kobo and KOReader).
import { stripMarkup, termsIn } from '../paragraphs.ts';
import { wrapSentences } from '../../shared/rendered.ts';
import { escapeXml } from '../formats/xml.ts';

/** `lang` and `xml:lang` together: reading systems read one or the other. */
export const langAttrs = (lang: string) => `lang="${lang}" xml:lang="${lang}"`;

export function xhtmlDocument({ lang, title, body }: { lang: string; title: string; body: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" ${langAttrs(lang)}>
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
${body}
</html>
`;
}

const TERM = /<Term\s+id="([^"]*)"\s*>([\s\S]*?)<\/Term>/g;

/** A paragraph's inner XHTML: its text, each term a link to the note `noteId(term)`. */
export function paragraphXhtml(raw: string, noteId: (term: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(TERM)) {
    out += escapeXml(stripMarkup(raw.slice(last, m.index)));
    out += `<a epub:type="noteref" role="doc-noteref" href="#${noteId(m[1]!)}">${escapeXml(stripMarkup(m[2]!))}</a>`;
    last = m.index + m[0].length;
  }
  return out + escapeXml(stripMarkup(raw.slice(last)));
}

/** A paragraph's sentences as inner XHTML each, terms linked: a term never spans two sentences. */
export function sentencesXhtml(raw: string, sentences: string[], noteId: (term: string) => string): string[] {
  const wrapped = wrapSentences(`<p>${paragraphXhtml(raw, noteId)}</p>`, sentences);
  return [...wrapped.matchAll(/<span>([\s\S]*?)<\/span>/g)].map((m) => m[1]!);
}

/** The ids of the terms a paragraph links, in order. */
export const termIds = (paragraphs: string[]) => [...new Set(paragraphs.flatMap((p) => termsIn(p).map((t) => t.id)))];

/** A footnote: what a note reference opens. */
export function noteXhtml(id: string, label: string, definition: string, lang?: string): string {
  const attrs = lang ? ` ${langAttrs(lang)}` : '';
  return `<aside epub:type="footnote" role="doc-footnote" id="${id}"${attrs}><p><b>${escapeXml(label)}</b>: ${escapeXml(definition)}</p></aside>`;
}
