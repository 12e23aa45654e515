// A bilingual EPUB 3 edition of the article, made from the same content as the pages: the book's
// files from src/node/epub/*, archived. Pure: the same Book gives the same bytes.
import { epubArchive } from './archive.ts';
import type { Book } from './book.ts';
import { coverPng } from './cover.ts';
import { CONTAINER, coverDocument, navDocument, packageDocument } from './package.ts';
import { bookParts } from './parts.ts';
import { STYLESHEET } from './style.ts';
import { locales } from '../../i18n/locales.ts';

export type { Book, BookSection, BookStrings } from './book.ts';

/** The file's name under /downloads/: the article and the languages it holds. */
export const EPUB_FILE = `openai-microsoft.${locales.join('-')}.epub`;

/** The book's files by path in the archive, `mimetype` aside, in the order they are stored. */
export function epubFiles(book: Book): [string, string | Uint8Array][] {
  const parts = bookParts(book);
  return [
    ['META-INF/container.xml', CONTAINER],
    ['EPUB/package.opf', packageDocument(book, parts)],
    ['EPUB/nav.xhtml', navDocument(book, parts)],
    ['EPUB/cover.xhtml', coverDocument(book)],
    ['EPUB/cover.png', coverPng(book)],
    ['EPUB/style.css', STYLESHEET],
    ...parts.map((p) => [`EPUB/${p.file}`, p.xhtml] as [string, string]),
  ];
}

export function buildEpub(book: Book): Uint8Array {
  return epubArchive(epubFiles(book));
}
