// The e-book edition (/downloads/openai-microsoft.ko-en.epub) as a store or a reading system
// takes it: EPUBCheck clean, a well-formed archive, reproducible, small; its text checked like
// the pages' (the Korean word for word against the source, the English against the Korean's
// figures); every note reference with its note; languages marked. The archive is read as files,
// with no browser; axe in each document: tests/e2e/epub.spec.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { EPUB_FILE } from '../../src/node/epub/index.ts';
import { extraQuantities, missingCounterparts, quantityReaders } from '../../src/node/numbers.ts';
import { epubBytes, epubEntries, epubPath, xhtmlDocuments } from '../support/epub.ts';
import { ROOT_BUILD, SUBPATH_BUILD } from '../support/site.ts';
import { SOURCE_CREDIT, SOURCE_PARAGRAPHS } from '../support/source.ts';

// Debian's package (npm run setup:system installs it); EPUBCHECK_JAR where it is elsewhere.
const EPUBCHECK = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
const docs = xhtmlDocuments();
const text = (el: Element) => el.textContent.replace(/\s+/g, ' ').trim();
const paragraphsOf = (doc: Document, locale: string) =>
  [...doc.querySelectorAll(`section[id^="${locale}-"] > p[id]`)].map(text);

/** Each paragraph of the parallel part in one language: its sentences, joined as the source joins them. */
const parallelParagraphs = (lang: 'ko' | 'en') =>
  [...docs['EPUB/parallel.xhtml']!.querySelectorAll('.pair')].map((pair) =>
    [...pair.querySelectorAll(lang === 'ko' ? 'p:not([lang])' : 'p[lang="en"]')].map(text).join(' '),
  );

test('EPUBCheck reports no error, no warning and, with -u, no usage advice', () => {
  expect(existsSync(EPUBCHECK), `EPUBCheck is not at ${EPUBCHECK}: npm run setup:system installs it`).toBe(true);
  const run = spawnSync('java', ['-jar', EPUBCHECK, '-u', epubPath()], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings \/ 0 infos \/ 0 usages/);
  expect(output).toContain('No errors or warnings detected');
  expect(run.status, output).toBe(0);
});

test('the archive: mimetype first and stored, under 150 KB, the same bytes from both builds', () => {
  const bytes = epubBytes();
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  // The first local file header: its signature, method 0 (stored), then the name and content.
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  expect(view.getUint16(8, true), 'mimetype is stored, not compressed').toBe(0);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const decoder = new TextDecoder();
  expect(decoder.decode(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
  const start = 30 + nameLength + extraLength;
  expect(decoder.decode(bytes.subarray(start, start + 20))).toBe('application/epub+zip');
  expect(Object.keys(epubEntries(bytes))[0]).toBe('mimetype');
  expect(bytes.length).toBeLessThan(150_000);
  // Built at another time, under another base path: the same content must give the same file.
  expect(Buffer.from(epubBytes(SUBPATH_BUILD)).equals(Buffer.from(bytes)), 'the two builds differ').toBe(true);
});

test('the Korean part is the source word for word, with its credit, and so is the parallel part', () => {
  const ko = docs['EPUB/ko.xhtml']!;
  expect(paragraphsOf(ko, 'ko')).toEqual(SOURCE_PARAGRAPHS);
  expect(text(ko.querySelector('.credit')!)).toBe(SOURCE_CREDIT);
  expect(parallelParagraphs('ko')).toEqual(SOURCE_PARAGRAPHS);
});

test('the English part and the parallel part give every figure of the Korean and no other', () => {
  const read = quantityReaders.en!;
  const english = paragraphsOf(docs['EPUB/en.xhtml']!, 'en');
  expect(english).toHaveLength(SOURCE_PARAGRAPHS.length);
  expect(parallelParagraphs('en')).toEqual(english);
  const problems = SOURCE_PARAGRAPHS.flatMap((korean, i) => [
    ...missingCounterparts(korean, english[i]!, read).map((q) => `paragraph ${i + 1} lacks ${q.text}`),
    ...extraQuantities(korean, english[i]!, read).map((q) => `paragraph ${i + 1} adds ${q.text}`),
  ]);
  expect(problems).toEqual([]);
  expect(text(docs['EPUB/en.xhtml']!.querySelector('.notice')!)).toMatch(/translation/i);
  expect(text(docs['EPUB/en.xhtml']!.querySelector('.editor-note')!)).toMatch(/^Editor’s note:/);
});

test('the contents list each part with its own entries, and every entry leads somewhere', () => {
  const nav = docs['EPUB/nav.xhtml']!;
  const entries = [...nav.querySelectorAll('nav[id="toc"] > ol > li')];
  const parts = entries.slice(1);
  expect(entries.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual([
    'cover.xhtml',
    'ko.xhtml',
    'en.xhtml',
    'parallel.xhtml',
    'timeline.xhtml',
    'glossary.xhtml',
  ]);
  for (const part of parts) expect(part.querySelectorAll('ol > li').length, text(part)).toBeGreaterThan(1);
  for (const a of nav.querySelectorAll('nav a[href]')) {
    const [file, id] = a.getAttribute('href')!.split('#');
    const target = docs[`EPUB/${file}`];
    expect(target, a.getAttribute('href')!).toBeDefined();
    if (id) expect(target!.getElementById(id), a.getAttribute('href')!).not.toBeNull();
  }
});

test('every note reference opens a footnote in its own language', () => {
  let count = 0;
  for (const [path, doc] of Object.entries(docs)) {
    for (const ref of doc.querySelectorAll('a[role="doc-noteref"]')) {
      count++;
      expect(ref.getAttributeNS('http://www.idpf.org/2007/ops', 'type')).toBe('noteref');
      const id = ref.getAttribute('href')!.replace(/^#/, '');
      const note = doc.getElementById(id);
      expect(note, `${path}: ${ref.textContent} → #${id}`).not.toBeNull();
      expect(note!.localName).toBe('aside');
      expect(note!.getAttributeNS('http://www.idpf.org/2007/ops', 'type')).toBe('footnote');
      expect(note!.closest('[lang]')!.getAttribute('lang'), `${path}: #${id}`).toBe(
        ref.closest('[lang]')!.getAttribute('lang'),
      );
    }
  }
  // Every use of a term in the Korean and English parts and in the parallel part, each to its part's note.
  expect(count).toBeGreaterThan(60);
});

test('every document and every block in the other language says its language, in lang and xml:lang', () => {
  const XML = 'http://www.w3.org/XML/1998/namespace';
  const wrong: string[] = [];
  for (const [path, doc] of Object.entries(docs)) {
    expect(doc.documentElement.getAttribute('lang'), path).toMatch(/^(ko|en)$/);
    for (const el of doc.querySelectorAll('[lang]')) {
      if (el.getAttributeNS(XML, 'lang') !== el.getAttribute('lang'))
        wrong.push(`${path}: ${el.outerHTML.slice(0, 60)}`);
    }
    // A block's own words (without passages marked in another language) are Korean exactly when
    // they contain Hangul; its language must say so.
    for (const block of doc.querySelectorAll('title, h1, h2, p, dt, nav li > a')) {
      const own = block.cloneNode(true) as Element;
      for (const marked of own.querySelectorAll('[lang]')) marked.remove();
      const words = own.textContent;
      const lang = /\p{Script=Hangul}/u.test(words) ? 'ko' : /[A-Za-z]{3}/.test(words) ? 'en' : undefined;
      const declared = block.closest('[lang]')?.getAttribute('lang');
      if (lang && declared !== lang)
        wrong.push(`${path}: <${block.localName}> "${words.slice(0, 40)}" is ${lang}, marked ${declared}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('the data pages and the article pages link to the e-book with its size', () => {
  // Kilobytes of 1,000 bytes to one decimal, as every file size on the site.
  const size = (epubBytes().length / 1000).toFixed(1);
  for (const page of ['ko/index.html', 'en/index.html', 'ko/data/index.html', 'en/data/index.html']) {
    const html = readFileSync(join(ROOT_BUILD.dir, page), 'utf8');
    // Linked relative to the page, as every address of the site is: resolved, it is /downloads/….
    const { document } = new JSDOM(html, { url: `https://example.org/${page}` }).window;
    const link = [...document.querySelectorAll('a[href]')].find(
      (a) => new URL((a as HTMLAnchorElement).href).pathname === `/downloads/${EPUB_FILE}`,
    );
    expect(link, page).toBeDefined();
    expect(link!.hasAttribute('download')).toBe(true);
    expect(text(link!), page).toMatch(/EPUB/i);
    expect(text(link!.parentElement!), page).toMatch(new RegExp(`\\b${size.replace('.', '\\.')} ?KB\\)`));
  }
});

test("every part's footnotes are at its end, after its text, not between its paragraphs", () => {
  for (const [path, doc] of Object.entries(docs)) {
    const asides = [...doc.querySelectorAll('aside')];
    if (!asides.length) continue;
    const notes = doc.querySelector('section.notes')!;
    expect(notes, path).not.toBeNull();
    expect(notes.getAttributeNS('http://www.idpf.org/2007/ops', 'type'), path).toBe('footnotes');
    for (const aside of asides) expect(aside.parentElement, `${path}: #${aside.id}`).toBe(notes);
    // Nothing of the text after the notes.
    expect(notes.nextElementSibling, path).toBeNull();
    expect(notes.querySelector('h2'), path).not.toBeNull();
  }
});
