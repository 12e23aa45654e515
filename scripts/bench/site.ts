// The site as the bench serves it: a copy of the build with the bare pages written into it (the
// floor a page of this text can reach, measured in the same run through the same server), each text
// file with a gzipped twin, served by http-server (in this process) on 127.0.0.1 as every host in
// the README serves text: gzipped to clients that accept it, nothing cached.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { loadSource } from '../../src/node/checks/content.ts';
import { contentDir } from '../../src/node/content-dir.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { escapeXml } from '../../src/node/formats/xml.ts';
import { stripMarkup, termIdsIn } from '../../src/node/paragraphs.ts';
import { ROOT } from './shared.ts';

const { createServer } = createRequire(import.meta.url)('http-server') as {
  createServer: (options: { root: string; gzip: boolean; cache: number }) => { server: Server };
};

/** Each article page followed by its bare pages, the order of the side-by-side tables. */
export const SIDE_BY_SIDE = locales.flatMap((l) => [`/${l}/`, `/bare/${l}/`, `/bare-definitions/${l}/`]);

/** The text-alone bare page that an article page (or one of its bare pages) is set over; undefined for any other page. */
export function bareOf(path: string): string | undefined {
  const locale = /^\/(?:bare(?:-definitions)?\/)?([^/]+)\/$/.exec(path)?.[1];
  return locales.find((l) => l === locale) && `/bare/${locale}/`;
}

/**
 * A language's text: its source file where it has one (`source/article.<locale>.txt`, paragraphs
 * and the credit line last), else the paragraphs of its sections and the credit of meta.yaml. The
 * build checks that the two agree wherever both exist.
 */
export function articleText(folder: ContentFolder, locale: Locale) {
  type Meta = Record<string, { title: string; description: string; credit: string }> | undefined;
  const meta = (folder.data('article', 'meta.yaml').data as Meta)?.[locale];
  if (!meta) throw new Error(`content/article/meta.yaml has no "${locale}" entry`);
  const source = loadSource(folder, locale);
  const sections = folder.sections(locale);
  const paragraphs = source.paragraphs ?? sections.flatMap((s) => s.paragraphs.map(stripMarkup));
  if (!paragraphs.length) throw new Error(`no article text for ${locale}`);
  const glossary = folder.dataFolder('glossary', '.yaml');
  const definitions = [...new Set(sections.flatMap((s) => s.paragraphs.flatMap(termIdsIn)))].map((id) => {
    const entry = glossary.get(id)?.data as Record<'label' | 'definition', Record<string, string>> | undefined;
    if (!entry) throw new Error(`content/glossary/${id}.yaml is missing`);
    return { label: entry.label[locale]!, definition: entry.definition[locale]! };
  });
  // The paragraphs as a reader sees them, markup stripped; each term the sections use, in order of
  // first use, as its card names and defines it.
  return { ...meta, paragraphs, credit: source.credit ?? meta.credit, definitions };
}

/** A readable column in the system's fonts, light or dark as the system is: about 180 bytes. */
const STYLE =
  ':root{color-scheme:light dark}body{max-width:40rem;margin:0 auto;padding:1rem;font:1.0625rem/1.7 system-ui,sans-serif;word-break:keep-all;overflow-wrap:anywhere}p{margin:0 0 1.2em}';

/**
 * The paragraphs and the credit line, one `<p>` each, with what Lighthouse requires of any page:
 * language, title, description, viewport. With `definitions`, the terms' definitions follow in a
 * `<dl>`, after the text as the cards are.
 */
export function barePage(locale: string, text: ReturnType<typeof articleText>, { definitions = false } = {}): string {
  return [
    `<!doctype html><html lang="${locale}"><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeXml(text.title)}</title><meta name="description" content="${escapeXml(text.description)}">`,
    `<link rel="icon" href="data:,"><style>${STYLE}</style>`,
    ...[...text.paragraphs, text.credit].map((p) => `<p>${escapeXml(p)}`),
    ...(definitions
      ? ['<dl>', ...text.definitions.map((d) => `<dt>${escapeXml(d.label)}<dd>${escapeXml(d.definition)}`), '</dl>']
      : []),
    '',
  ].join('\n');
}

/** Text that hosts compress; images and fonts are compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Serves a copy of `dist` with the bare pages in it; `close` stops the server and removes the copy. */
export async function serveSite(dist: string): Promise<{ origin: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  cpSync(dist, dir, { recursive: true });
  const content = new ContentFolder(ROOT, contentDir(ROOT));
  for (const locale of locales)
    for (const definitions of [false, true]) {
      const path = join(dir, definitions ? 'bare-definitions' : 'bare', locale);
      mkdirSync(path, { recursive: true });
      const html = barePage(locale, articleText(content, locale), { definitions });
      writeFileSync(join(path, 'index.html'), html, { flag: 'wx' }); // a page of the site's own there: stop
    }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && COMPRESSED.has(extname(entry.name))) {
      const file = join(entry.parentPath, entry.name);
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
  const { server } = createServer({ root: dir, gzip: true, cache: -1 });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const close = (): void => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const probe = await fetch(`${origin}/ko/`, { headers: { 'accept-encoding': 'gzip' } });
  if (probe.headers.get('content-encoding') !== 'gzip') {
    close();
    throw new Error(`the server answered /ko/ with ${probe.status}, not gzipped`);
  }
  return { origin, close };
}
