// The EPUB's own documents: the container, the package document (metadata, manifest, spine),
// the navigation document and the cover page.
import { createHash } from 'node:crypto';
import type { Book } from './book.ts';
import type { Part, TocEntry } from './parts.ts';
import { escapeXml as e } from '../formats/xml.ts';
import { langAttrs, xhtmlDocument } from './xhtml.ts';

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** RFC 9562 version 5 (SHA-1, name-based) in the URL namespace: the same address, the same id. */
export function uuidV5(url: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(url).digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * When this edition's text dates from: the original's publication (YYYY, YYYY-MM or YYYY-MM-DD in
 * meta.yaml). It comes from the content, not the build's clock, so that the same content makes the
 * same file. dcterms:modified must be a full date and time, so what the content leaves out is the
 * first month or day; dc:date gives the publication as precisely as the content knows it and no
 * more (a reading system that shows a year alone as a full date fills in the rest itself).
 */
export function modifiedDate(book: Book): string {
  const [year, month = '01', day = '01'] = book.source.published.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

// What is true of every edition this code writes; the tests hold it to it (EPUBCheck, axe,
// every note reference resolving, lang on every block in the other language).
const ACCESSIBILITY_SUMMARY =
  'Reflowable text with no embedded fonts, headings and a table of contents for every part, and the language marked on every part and on every passage in the other language. Each glossary term is a link to a footnote with its definition. The cover image has a text alternative; there are no other images, no audio, video or animation.';

export function packageDocument(book: Book, parts: Part[]): string {
  const { original: o, translation: t } = book;
  const meta = (property: string, value: string) => `<meta property="${property}">${e(value)}</meta>`;
  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...parts.map(
      (p) => `<item id="${p.file.replace('.xhtml', '')}" href="${p.file}" media-type="application/xhtml+xml"/>`,
    ),
  ];
  const spine = ['cover', 'nav', ...parts.map((p) => p.file.replace('.xhtml', ''))];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${o}" dir="ltr">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:${uuidV5(book.source.url)}</dc:identifier>
<dc:title id="title" xml:lang="${o}">${e(book.meta[o].title)}</dc:title>
<meta refines="#title" property="title-type">main</meta>
<dc:title id="title-${t}" xml:lang="${t}">${e(book.meta[t].title)}</dc:title>
<dc:language>${o}</dc:language>
<dc:language>${t}</dc:language>
<dc:creator id="creator" xml:lang="${o}">${e(book.source.publisher[o])}</dc:creator>
<meta refines="#creator" property="alternate-script" xml:lang="${t}">${e(book.source.publisher[t])}</meta>
<dc:publisher id="publisher" xml:lang="${o}">${e(book.source.publisher[o])}</dc:publisher>
<meta refines="#publisher" property="alternate-script" xml:lang="${t}">${e(book.source.publisher[t])}</meta>
<dc:source>${e(book.source.url)}</dc:source>
<dc:date>${book.source.published}</dc:date>
<dc:description xml:lang="${o}">${e(book.meta[o].description)}</dc:description>
${meta('dcterms:modified', modifiedDate(book))}
<meta name="cover" content="cover-image"/>
${meta('schema:accessMode', 'textual')}
${meta('schema:accessMode', 'visual')}
${meta('schema:accessModeSufficient', 'textual')}
${['structuralNavigation', 'tableOfContents', 'readingOrder', 'alternativeText', 'displayTransformability']
  .map((f) => meta('schema:accessibilityFeature', f))
  .join('\n')}
${meta('schema:accessibilityHazard', 'none')}
${meta('schema:accessibilitySummary', ACCESSIBILITY_SUMMARY)}
</metadata>
<manifest>
${items.join('\n')}
</manifest>
<spine>
${spine.map((id) => `<itemref idref="${id}"${id === 'cover' ? ' linear="yes"' : ''}/>`).join('\n')}
</spine>
</package>
`;
}

function tocList(entries: TocEntry[], base: string): string {
  const items = entries.map((entry) => {
    const lang = entry.lang === base ? '' : ` ${langAttrs(entry.lang)}`;
    const children = entry.children?.length ? `\n${tocList(entry.children, entry.lang)}` : '';
    return `<li${lang}><a href="${entry.href}">${e(entry.label)}</a>${children}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

export function navDocument(book: Book, parts: Part[]): string {
  const { original: o, translation: t, strings: s } = book;
  // The cover first, as the spine has it: every document of the spine is in the contents.
  const cover: TocEntry = { href: 'cover.xhtml', label: s[o].cover, lang: o };
  const body = `<body>
<main>
<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-h">
<h1 id="toc-h">${e(s[o].contents)} · <span ${langAttrs(t)}>${e(s[t].contents)}</span></h1>
${tocList([cover, ...parts.map((p) => p.toc)], o)}
</nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-h" hidden="hidden">
<h2 id="landmarks-h">${e(s[o].landmarks)}</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${e(s[o].cover)}</a></li>
<li><a epub:type="toc" href="nav.xhtml#toc">${e(s[o].contents)}</a></li>
<li><a epub:type="bodymatter" href="${parts[0]!.file}">${e(parts[0]!.toc.label)}</a></li>
</ol>
</nav>
</main>
</body>`;
  return xhtmlDocument({ lang: o, title: s[o].contents, body });
}

export function coverDocument(book: Book): string {
  const { original: o, translation: t } = book;
  // The cover's words are its title: the image is the page's heading.
  const alt = `${book.meta[o].title} / ${book.meta[t].title}`;
  const body = `<body epub:type="cover">
<main class="cover"><h1><img src="cover.png" alt="${e(alt)}"/></h1></main>
</body>`;
  return xhtmlDocument({ lang: o, title: book.strings[o].cover, body });
}
