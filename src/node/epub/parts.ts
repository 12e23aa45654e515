// The parts of the e-book, each one XHTML document with its own entries in the contents: the
// original, the translation, both sentence by sentence, the timeline and key figures, the glossary.
import { formatEventDate } from '../dates.ts';
import { localeNames, type Locale } from '../../i18n/locales.ts';
import type { Book, BookSection } from './book.ts';
import { escapeXml } from '../formats/xml.ts';
import { langAttrs, noteXhtml, paragraphXhtml, sentencesXhtml, termIds, xhtmlDocument } from './xhtml.ts';

export interface TocEntry {
  href: string;
  label: string;
  lang: Locale;
  children?: TocEntry[];
}

export interface Part {
  file: string;
  lang: Locale;
  xhtml: string;
  toc: TocEntry;
}

const e = escapeXml;

/** A block in `lang` inside a document in `base`: marked only where they differ. */
const inLang = (lang: Locale, base: Locale) => (lang === base ? '' : ` ${langAttrs(lang)}`);

const body = (main: string) => `<body epub:type="bodymatter">\n<main>\n${main}\n</main>\n</body>`;

/**
 * The footnotes of a part, at its end, under their own heading: out of the reading flow, so that a
 * reading system that does not open them as pop-ups (calibre, Thorium, a text conversion) shows
 * them after the text rather than between its paragraphs. Apple Books, Kobo and KOReader open
 * them as pop-ups wherever they are and hide them from the flow.
 */
function notesSection(file: string, heading: string, asides: string[]): string[] {
  if (!asides.length) return [];
  const id = `${file.replace('.xhtml', '')}-notes`;
  return [
    `<section class="notes" epub:type="footnotes" id="${id}" aria-labelledby="${id}-h">`,
    heading.replace(/^<h2/, `<h2 id="${id}-h"`),
    ...asides,
    '</section>',
  ];
}

/** The footnotes of the terms these paragraphs link, in `locale`, each once, in order of first use. */
function notes(book: Book, paragraphs: string[], locale: Locale, id: (term: string) => string, base: Locale) {
  const lang = locale === base ? undefined : locale;
  return termIds(paragraphs).map((term) => {
    const entry = book.glossary.find((g) => g.id === term);
    if (!entry) throw new Error(`the glossary has no entry "${term}"`);
    return noteXhtml(id(term), entry.label[locale], entry.definition[locale], lang);
  });
}

function editorNote(book: Book, locale: Locale): string {
  const note = book.meta[locale].editorNote;
  if (!note) return '';
  const [lead, ...rest] = note.split(/\n{2,}/);
  const label = book.strings[locale].editorNote;
  return `<section class="editor-note" aria-label="${e(label)}"><p><strong>${e(label)}:</strong> ${e(lead!)}</p>${rest.map((p) => `<p>${e(p)}</p>`).join('')}</section>`;
}

/** The article in one language, as its pages give it: title, notices, sections, credit. */
export function articlePart(book: Book, locale: Locale): Part {
  const file = `${locale}.xhtml`;
  const meta = book.meta[locale];
  const s = book.strings[locale];
  const id = (section: string) => `${locale}-${section}`;
  const header = [
    `<h1>${e(meta.title)}</h1>`,
    `<p class="dek">${e(meta.dek)}</p>`,
    `<p class="byline">${e(s.source)} · ${e(s.published)}</p>`,
    meta.translationNotice
      ? `<p class="notice"><strong>${e(s.translationNotice)}:</strong> ${e(meta.translationNotice)}</p>`
      : '',
    editorNote(book, locale),
  ];
  // One note per term for the whole part, where the part's notes are: at its end.
  const noteId = (term: string) => `${locale}-note-${term}`;
  const asides = notes(
    book,
    book.sections[locale].flatMap((section) => section.paragraphs),
    locale,
    noteId,
    locale,
  );
  const sections = book.sections[locale].map((section) => {
    return [
      `<section id="${id(section.id)}" aria-labelledby="${id(section.id)}-h">`,
      `<h2 id="${id(section.id)}-h">${e(section.heading)}</h2>`,
      ...section.paragraphs.map((p, i) => `<p id="${id(section.id)}-p${i + 1}">${paragraphXhtml(p, noteId)}</p>`),
      '</section>',
    ].join('\n');
  });
  const main = [
    `<header>${header.filter(Boolean).join('\n')}</header>`,
    ...sections,
    `<p class="credit">${e(meta.credit)}</p>`,
    ...notesSection(file, `<h2>${e(s.notes)}</h2>`, asides),
  ].join('\n');
  return {
    file,
    lang: locale,
    xhtml: xhtmlDocument({ lang: locale, title: `${s.part}: ${meta.title}`, body: body(main) }),
    toc: {
      href: file,
      label: s.part,
      lang: locale,
      children: book.sections[locale].map((x) => ({ href: `${file}#${id(x.id)}`, label: x.heading, lang: locale })),
    },
  };
}

/** A title in the original's language with the translation's beneath it. */
const bilingualTitle = (tag: string, book: Book, text: Record<Locale, string>, id = '') =>
  `<${tag}${id ? ` id="${id}"` : ''}>${e(text[book.original])} <span class="t" ${langAttrs(book.translation)}>${e(text[book.translation])}</span></${tag}>`;

/**
 * A part named by one of the book's own strings: its heading in both languages, its document and
 * its contents entry in the original's, with `children` under that entry.
 */
function bilingualPart(
  book: Book,
  file: string,
  name: 'parallel' | 'timeline' | 'glossary',
  blocks: string[],
  children: TocEntry[],
): Part {
  const { original: o } = book;
  const main = [`<header>${bilingualTitle('h1', book, bothLanguages(book, name))}</header>`, ...blocks].join('\n');
  const label = book.strings[o][name];
  return {
    file,
    lang: o,
    xhtml: xhtmlDocument({ lang: o, title: label, body: body(main) }),
    toc: { href: file, label, lang: o, children },
  };
}

/** One of the book's own strings in both its languages. */
const bothLanguages = (book: Book, key: keyof Book['strings'][Locale]) =>
  ({
    [book.original]: book.strings[book.original][key],
    [book.translation]: book.strings[book.translation][key],
  }) as Record<Locale, string>;

/** A section's words, after its sentence pairs: dictionary form and romanization, part of speech, meanings. */
function vocabulary(book: Book, section: string, id: string): string {
  const words = book.vocabulary[section] ?? [];
  if (words.length === 0) return '';
  const items = words.map(
    (w) =>
      `<dt>${e(w.base)} <span class="roman" ${langAttrs(book.translation)}>${e(w.roman)}</span></dt><dd ${langAttrs(book.translation)}>${e(w.pos)} · ${e(w.meanings.join('; '))}</dd>`,
  );
  // A block, not a <section>: twelve regions of the same name would crowd a screen reader's landmarks.
  return `<div class="vocabulary">${bilingualTitle('h3', book, bothLanguages(book, 'vocabulary'), id)}\n<dl>\n${items.join('\n')}\n</dl></div>`;
}

/**
 * For learners: each sentence of the original followed by its translation, paragraph by paragraph.
 * Sentence pairs read better than paragraph pairs on a phone, where a paragraph of the original
 * fills the screen before its translation begins.
 */
export function parallelPart(book: Book): Part {
  const file = 'parallel.xhtml';
  const { original: o, translation: t } = book;
  const pairs = book.sections[o].map((os, n) => [os, book.sections[t][n]!] as [BookSection, BookSection]);
  const noteId = (l: Locale) => (term: string) => `pl-${l}-note-${term}`;
  const asides = [o, t].flatMap((l) =>
    notes(
      book,
      book.sections[l].flatMap((section) => section.paragraphs),
      l,
      noteId(l),
      o,
    ),
  );
  const sections = pairs.map(([os, ts]) => {
    const id = `pl-${os.id}`;
    const paragraphs = os.paragraphs.map((p, i) => {
      const left = sentencesXhtml(p, os.sentences[i]!, noteId(o));
      const right = sentencesXhtml(ts.paragraphs[i]!, ts.sentences[i]!, noteId(t));
      const lines = left.flatMap((s, j) => [`<p>${s}</p>`, `<p class="t" ${langAttrs(t)}>${right[j]}</p>`]);
      return `<div class="pair" id="${id}-p${i + 1}">\n${lines.join('\n')}\n</div>`;
    });
    return [
      `<section id="${id}" aria-labelledby="${id}-h">`,
      bilingualTitle('h2', book, { [o]: os.heading, [t]: ts.heading } as Record<Locale, string>, `${id}-h`),
      ...paragraphs,
      vocabulary(book, os.id, `${id}-words`),
      '</section>',
    ].join('\n');
  });
  return bilingualPart(
    book,
    file,
    'parallel',
    [...sections, ...notesSection(file, bilingualTitle('h2', book, bothLanguages(book, 'notes')), asides)],
    pairs.map(([os]) => ({ href: `${file}#pl-${os.id}`, label: os.heading, lang: o })),
  );
}

export function timelinePart(book: Book): Part {
  const file = 'timeline.xhtml';
  const { original: o, translation: t } = book;
  const both = (text: Record<Locale, string>, cls = '') =>
    `<p${cls ? ` class="${cls}"` : ''}>${e(text[o])}</p><p class="t${cls ? ` ${cls}` : ''}" ${langAttrs(t)}>${e(text[t])}</p>`;
  const noteLabel = (l: Locale) => `<strong>${e(book.strings[l].editorNote)}:</strong> `;
  const events = book.timeline.map(
    (ev) =>
      `<li id="tl-${ev.id}"><p class="date">${e(formatEventDate(ev.date, o))}</p>${both(ev.label)}${
        ev.note
          ? `<p class="note">${noteLabel(o)}${e(ev.note[o])}</p><p class="t note" ${langAttrs(t)}>${noteLabel(t)}${e(ev.note[t])}</p>`
          : ''
      }</li>`,
  );
  const value = (f: Book['figures'][number], l: Locale) => `${f.value[l]}${f.aside ? ` (${f.aside[l]})` : ''}`;
  const figures = book.figures.map(
    (f) =>
      `<li id="fig-${f.id}">${both({ [o]: value(f, o), [t]: value(f, t) } as Record<Locale, string>, 'value')}${both(f.label)}</li>`,
  );
  const blocks = [
    `<section id="events" aria-labelledby="events-h">\n${bilingualTitle('h2', book, bothLanguages(book, 'events'), 'events-h')}`,
    `<ol class="events">\n${events.join('\n')}\n</ol></section>`,
    `<section id="figures" aria-labelledby="figures-h">\n${bilingualTitle('h2', book, bothLanguages(book, 'figures'), 'figures-h')}`,
    `<ul class="figures">\n${figures.join('\n')}\n</ul></section>`,
  ];
  return bilingualPart(book, file, 'timeline', blocks, [
    { href: `${file}#events`, label: book.strings[o].events, lang: o },
    { href: `${file}#figures`, label: book.strings[o].figures, lang: o },
  ]);
}

/** The glossary once in each language, in that language's order, with the longer notes. */
export function glossaryPart(book: Book): Part {
  const file = 'glossary.xhtml';
  const { original: o } = book;
  const languages = [book.original, book.translation];
  const sections = languages.map((l) => {
    const collator = new Intl.Collator(l);
    const entries = [...book.glossary]
      .sort((a, b) => collator.compare(a.label[l], b.label[l]))
      .map(
        (g) =>
          `<dt id="gl-${l}-${g.id}">${e(g.label[l])}</dt><dd><p>${e(g.definition[l])}</p>${g.note ? `<p>${e(g.note[l])}</p>` : ''}</dd>`,
      );
    return `<section id="gl-${l}" aria-labelledby="gl-${l}-h"${inLang(l, o)}><h2 id="gl-${l}-h">${e(book.strings[l].glossary)} (${e(localeNames[l])})</h2>\n<dl>\n${entries.join('\n')}\n</dl></section>`;
  });
  return bilingualPart(
    book,
    file,
    'glossary',
    sections,
    languages.map((l) => ({
      href: `${file}#gl-${l}`,
      label: `${book.strings[l].glossary} (${localeNames[l]})`,
      lang: l,
    })),
  );
}

export function bookParts(book: Book): Part[] {
  return [
    articlePart(book, book.original),
    articlePart(book, book.translation),
    parallelPart(book),
    timelinePart(book),
    glossaryPart(book),
  ];
}
