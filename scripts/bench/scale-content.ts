// A synthetic copy of the content N times larger, for the bench's growth runs: every section
// repeated under a new id with its paragraphs, its terms (each copy with glossary entries of its
// own), its word data, its timeline events and its figures, and the source text repeated so that
// the build's check that the Korean paragraphs are the source verbatim still holds.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';
import { loadSource } from '../../src/node/checks/content.ts';
import { ContentFolder } from '../../src/node/content-files.ts';

/** The id of copy k of an entry; copy 1 keeps the original id, so N = 1 is the content as it is. */
export const copyId = (id: string, k: number): string => (k === 1 ? id : `${id}-copy-${k}`);
const dump = (data: unknown): string => yaml.dump(data, { lineWidth: -1 });
const copies = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** Writes into `dest` (emptied first) the content of `source` repeated `n` times. */
export function scaleContent(source: string, dest: string, n: number) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`the scale must be a positive integer, not ${n}`);
  rmSync(dest, { recursive: true, force: true });
  cpSync(source, dest, { recursive: true });
  const folder = new ContentFolder(source, source);
  for (const dir of [...locales.map((l) => join('article', l)), 'words']) {
    rmSync(join(dest, dir), { recursive: true, force: true });
    mkdirSync(join(dest, dir));
  }
  // The build's checks hold every language to the same sections and paragraphs; any will do.
  const [paragraphs = 0] = locales.map((locale) => scaleSections(folder, locale, dest, n));
  const glossary = readdirSync(join(source, 'glossary')).filter((name) => name.endsWith('.yaml'));
  for (const name of glossary) {
    const entry = yaml.load(readFileSync(join(source, 'glossary', name), 'utf8')) as { label: Record<string, string> };
    for (const k of copies(n).slice(1)) {
      // A label of its own per copy, so that no two glossary entries read the same.
      const label = Object.fromEntries(Object.entries(entry.label).map(([locale, text]) => [locale, `${text} (${k})`]));
      writeFileSync(join(dest, 'glossary', `${copyId(name.slice(0, -5), k)}.yaml`), dump({ ...entry, label }));
    }
  }
  // Timeline events and figures: each entry's copies stay together, so dates stay in order.
  for (const list of ['timeline.yaml', 'figures.yaml']) {
    const entries = yaml.load(readFileSync(join(source, list), 'utf8')) as { id: string; section: string }[];
    const scaled = entries.flatMap((e) =>
      copies(n).map((k) => ({ ...e, id: copyId(e.id, k), section: copyId(e.section, k) })),
    );
    writeFileSync(join(dest, list), dump(scaled));
  }
  // The source text's paragraphs N times, then its credit line once (the last line).
  for (const locale of locales) {
    const { paragraphs, credit } = loadSource(folder, locale);
    if (paragraphs)
      writeFileSync(
        join(dest, 'source', `article.${locale}.txt`),
        [...copies(n).flatMap(() => paragraphs), credit, ''].join('\n'),
      );
  }
  // Sections and paragraphs per language in the copy.
  return { sections: folder.sections(sourceLocale).length * n, paragraphs, glossaryTerms: glossary.length * n };
}

/**
 * A language's sections N times over, copy k after the whole of copy k − 1 (so they read as the
 * article N times, the order of the repeated source text), each copy's terms pointing at its own
 * glossary entries; for the Korean sections, their word data under the copy's sentence anchors.
 * Returns the paragraphs written.
 */
function scaleSections(folder: ContentFolder, locale: string, dest: string, n: number): number {
  const files = folder.sections(locale);
  const digits = String(files.length * n).length;
  let paragraphs = 0;
  for (const k of copies(n))
    for (const file of files) {
      if (file.frontmatterError) throw new Error(`${file.path}: ${file.frontmatterError}`);
      const meta = file.frontmatter as { section: string; order: number; heading: string };
      const order = (k - 1) * files.length + meta.order;
      const section = copyId(meta.section, k);
      const heading = k === 1 ? meta.heading : `${meta.heading} (${k})`;
      const body = file.paragraphs.map((p) =>
        p.replace(/<Term\s+id="([^"]*)"\s*>/g, (_, id: string) => `<Term id="${copyId(id, k)}">`),
      );
      const name = `${String(order).padStart(digits, '0')}-${section}`;
      writeFileSync(
        join(dest, 'article', locale, `${name}.mdx`),
        `---\n${dump({ section, order, heading })}---\n\n${body.join('\n\n')}\n`,
      );
      paragraphs += body.length;
      const words = locale === sourceLocale ? folder.text('words', file.name.replace(/\.mdx$/, '.yaml')) : undefined;
      if (words !== undefined)
        writeFileSync(
          join(dest, 'words', `${name}.yaml`),
          words.replaceAll(`- id: ${meta.section}-p`, `- id: ${section}-p`),
        );
    }
  return paragraphs;
}
