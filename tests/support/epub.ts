// The built e-book as the tests read it: its entries unzipped, each XHTML document parsed as
// XML (as a reading system parses it), and a server that serves its files to a browser.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { EPUB_FILE } from '../../src/node/epub/index.ts';
import { ROOT_BUILD, type Build } from './site.ts';
import { freePort } from './ports.ts';

export const epubPath = (build: Build = ROOT_BUILD) => join(build.dir, 'downloads', EPUB_FILE);

export function epubBytes(build: Build = ROOT_BUILD): Uint8Array {
  const file = epubPath(build);
  if (!existsSync(file)) {
    const how = 'npm run build:test';
    throw new Error(`${file} is missing: build the site first (${how}), or run everything with npm test`);
  }
  return new Uint8Array(readFileSync(file));
}

/** The archive's entries by path, in the order they are stored. */
export const epubEntries = (bytes: Uint8Array = epubBytes()) => unzipSync(bytes);

/** The book's parts and its other XHTML documents (cover, contents), by path in the archive. */
export function xhtmlDocuments(entries = epubEntries()): Record<string, Document> {
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([path]) => path.endsWith('.xhtml'))
      .map(([path, bytes]) => [
        path,
        new JSDOM(strFromU8(bytes), { contentType: 'application/xhtml+xml' }).window.document,
      ]),
  );
}

const TYPES: Record<string, string> = {
  xhtml: 'application/xhtml+xml',
  css: 'text/css',
  png: 'image/png',
  opf: 'application/oebps-package+xml',
  xml: 'application/xml',
};

/** Serves the book's files at their archive paths on a free local port, as a reading system's browser engine reads them. */
export async function serveEpub(entries = epubEntries()): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname.slice(1));
    // A browser asks for a site's icon on its own; a book has none, and a reading system asks for none.
    if (path === 'favicon.ico') return void response.writeHead(204).end();
    const body = entries[path];
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
