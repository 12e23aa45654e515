// The e-book module on a small book: the archive's layout, reproducible whatever the clock says,
// the identifier and date from the content, and each term a note reference to its note.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildEpub, epubFiles, type Book, type BookStrings } from '../../src/node/epub/index.ts';
import { modifiedDate, uuidV5 } from '../../src/node/epub/package.ts';
import { paragraphXhtml, sentencesXhtml } from '../../src/node/epub/xhtml.ts';

const strings = (lang: string): BookStrings =>
  Object.fromEntries(
    [
      'part',
      'parallel',
      'vocabulary',
      'timeline',
      'events',
      'figures',
      'glossary',
      'contents',
      'landmarks',
      'cover',
      'notes',
      'source',
      'published',
      'editorNote',
      'translationNotice',
    ].map((k) => [k, `${k} ${lang === 'ko' ? '한국어' : 'English'}`]),
  ) as unknown as BookStrings;

const book = (published = '2025-07'): Book => ({
  original: 'ko',
  translation: 'en',
  source: {
    url: 'https://byline.network/',
    publisher: { ko: '바이라인네트워크', en: 'Byline Network' },
    published,
    citationKey: 'k',
  },
  meta: {
    ko: { title: '제목 <&>', dek: '요약', description: '설명', credit: '제공' },
    en: {
      title: 'Title',
      dek: 'Dek',
      description: 'Description',
      credit: 'Credit',
      translationNotice: 'A translation.',
    },
  },
  sections: {
    ko: [
      {
        id: 'one',
        heading: '하나',
        paragraphs: ['오픈AI가 <Term id="agi">AGI</Term>를 말했다. 두 번째 문장이다.'],
        sentences: [['오픈AI가 AGI를 말했다.', '두 번째 문장이다.']],
      },
    ],
    en: [
      {
        id: 'one',
        heading: 'One',
        paragraphs: ['OpenAI spoke of <Term id="agi">AGI</Term>. A second sentence.'],
        sentences: [['OpenAI spoke of AGI.', 'A second sentence.']],
      },
    ],
  },
  glossary: [
    {
      id: 'agi',
      label: { ko: '인공일반지능', en: 'Artificial general intelligence' },
      forms: { ko: ['AGI'], en: ['AGI'] },
      definition: { ko: '정의', en: 'Definition' },
    },
  ],
  timeline: [{ id: 'e', date: '2024-07', section: 'one', label: { ko: '사건', en: 'Event' } }],
  figures: [
    { id: 'f', section: 'one', value: { ko: '10억 달러', en: '$1 billion' }, label: { ko: '투자', en: 'Investment' } },
  ],
  vocabulary: { one: [{ base: '말하다', roman: 'malhada', pos: 'verb', meanings: ['speak (of)', 'say'] }] },
  strings: { ko: strings('ko'), en: strings('en') },
});

afterEach(() => void vi.useRealTimers());

describe('buildEpub', () => {
  it('stores mimetype first, uncompressed, then the container and the package', () => {
    const bytes = buildEpub(book());
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(8, true)).toBe(0); // method 0: stored
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).slice(0, 3)).toEqual(['mimetype', 'META-INF/container.xml', 'EPUB/package.opf']);
    expect(strFromU8(entries.mimetype!)).toBe('application/epub+zip');
  });

  it('gives the same bytes for the same book, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const first = buildEpub(book());
    vi.setSystemTime(new Date('2042-11-12T13:14:15Z'));
    expect(Buffer.from(buildEpub(book())).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(buildEpub(book('2024'))).equals(Buffer.from(first)), 'a different book').toBe(false);
  });

  it('escapes the content and links each term to its note in that part’s language', () => {
    const files = Object.fromEntries(epubFiles(book()));
    const ko = files['EPUB/ko.xhtml'] as string;
    expect(ko).toContain('제목 &lt;&amp;&gt;');
    expect(ko).toContain('<a epub:type="noteref" role="doc-noteref" href="#ko-note-agi">AGI</a>를');
    expect(ko).toMatch(
      /<aside epub:type="footnote" role="doc-footnote" id="ko-note-agi"><p><b>인공일반지능<\/b>: 정의<\/p><\/aside>/,
    );
    const parallel = files['EPUB/parallel.xhtml'] as string;
    expect(parallel).toContain(
      'id="pl-en-note-agi" lang="en" xml:lang="en"><p><b>Artificial general intelligence</b>: Definition',
    );
  });

  it('lists each section’s words after its sentence pairs, the meanings in the translation’s language', () => {
    const parallel = Object.fromEntries(epubFiles(book()))['EPUB/parallel.xhtml'] as string;
    expect(parallel).toContain(
      '<h3 id="pl-one-words">vocabulary 한국어 <span class="t" lang="en" xml:lang="en">vocabulary English</span></h3>',
    );
    expect(parallel).toContain(
      '<dt>말하다 <span class="roman" lang="en" xml:lang="en">malhada</span></dt><dd lang="en" xml:lang="en">verb · speak (of); say</dd>',
    );
    expect(parallel.indexOf('class="vocabulary"')).toBeGreaterThan(parallel.lastIndexOf('class="pair"'));
  });

  it('refuses a term the glossary does not have', () => {
    const b = book();
    b.sections.ko[0]!.paragraphs = ['<Term id="nope">말</Term>.'];
    expect(() => epubFiles(b)).toThrow(/the glossary has no entry "nope"/);
  });
});

describe('the metadata from the content', () => {
  it('identifies the book by a version 5 UUID of the original’s address', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://byline.network/')
    expect(uuidV5('https://byline.network/')).toBe('c696abb7-cf37-5b29-be3f-4dba112f9439');
    expect(strFromU8(unzipSync(buildEpub(book()))['EPUB/package.opf']!)).toContain(
      '<dc:identifier id="uid">urn:uuid:c696abb7-cf37-5b29-be3f-4dba112f9439</dc:identifier>',
    );
  });

  it('dates the edition by the original’s publication, as precisely as meta.yaml gives it', () => {
    expect(modifiedDate(book('2025-07'))).toBe('2025-07-01T00:00:00Z');
    expect(modifiedDate(book('2025'))).toBe('2025-01-01T00:00:00Z');
    expect(modifiedDate(book('2025-07-15'))).toBe('2025-07-15T00:00:00Z');
    // dc:date as the content gives it, no day made up.
    for (const published of ['2025', '2025-07', '2025-07-15']) {
      expect(strFromU8(unzipSync(buildEpub(book(published)))['EPUB/package.opf']!)).toContain(
        `<dc:date>${published}</dc:date>`,
      );
    }
  });
});

describe('the reading order', () => {
  it('puts the cover first in the contents, as in the spine', () => {
    const nav = strFromU8(unzipSync(buildEpub(book()))['EPUB/nav.xhtml']!);
    expect(nav).toMatch(
      /<nav epub:type="toc"[^>]*>\n<h1[^]*?<\/h1>\n<ol>\n<li><a href="cover\.xhtml">cover 한국어<\/a><\/li>/,
    );
  });

  it("gathers a part's footnotes at its end, after the credit, under their own heading", () => {
    const ko = strFromU8(unzipSync(buildEpub(book()))['EPUB/ko.xhtml']!);
    const notes = ko.indexOf(
      '<section class="notes" epub:type="footnotes" id="ko-notes" aria-labelledby="ko-notes-h">',
    );
    expect(notes).toBeGreaterThan(ko.indexOf('class="credit"'));
    expect(ko.indexOf('<aside')).toBeGreaterThan(notes);
    expect(ko).toContain('<h2 id="ko-notes-h">notes 한국어</h2>');
    // No footnote between the paragraphs: every section ends before the notes begin.
    expect(ko.lastIndexOf('</section>', notes)).toBeGreaterThan(ko.lastIndexOf('<p id=', notes));
  });
});

describe('paragraphs and sentences', () => {
  const id = (term: string) => `n-${term}`;
  it('drops sentence markers and keeps the words of terms', () => {
    expect(paragraphXhtml('Gen.{/* no break */} Smith met <Term id="x">the FTC</Term> & co.', id)).toBe(
      'Gen. Smith met <a epub:type="noteref" role="doc-noteref" href="#n-x">the FTC</a> &amp; co.',
    );
  });
  it('splits a paragraph into its sentences with their links', () => {
    expect(sentencesXhtml('One <Term id="x">term</Term>. Two.', ['One term.', 'Two.'], id)).toEqual([
      'One <a epub:type="noteref" role="doc-noteref" href="#n-x">term</a>.',
      'Two.',
    ]);
  });
});
