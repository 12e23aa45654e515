// A synthetic copy of the content N times larger, for the bench's growth runs: every section
// repeated under a new id with its paragraphs, its terms (each copy with glossary entries of its
// own), its timeline events and its figures, and the source text repeated so that the build's
// check that the Korean paragraphs are the source verbatim still holds.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ContentFolder } from '../../src/node/content-files.ts';

const TERM_ID = /<Term\s+id="([^"]*)"\s*>/g;

/** The id of copy k of an entry; copy 1 keeps the original id, so N = 1 is the content as it is. */
export function copyId(id: string, k: number): string {
  return k === 1 ? id : `${id}-copy-${k}`;
}

interface SectionMeta {
  section: string;
  order: number;
  heading: string;
}

export interface ScaledContent {
  /** Sections per language in the copy. */
  sections: number;
  /** Paragraphs per language in the copy. */
  paragraphs: number;
  glossaryTerms: number;
}

/** Writes into `dest` (emptied first) the content of `source` repeated `n` times. */
export function scaleContent(source: string, dest: string, n: number): ScaledContent {
  if (!Number.isInteger(n) || n < 1) throw new Error(`the scale must be a positive integer, not ${n}`);
  rmSync(dest, { recursive: true, force: true });
  cpSync(source, dest, { recursive: true });
  const locales = readdirSync(join(source, 'article'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const folder = new ContentFolder(source, source);
  const counts = locales.map((locale) => scaleSections(folder, locale, join(dest, 'article', locale), n));
  scaleWords(folder, join(dest, 'words'), n);
  // The build's checks hold every language to the same sections and paragraphs; the first will do.
  const { sections, paragraphs } = counts[0] ?? { sections: 0, paragraphs: 0 };
  const glossaryTerms = scaleGlossary(join(source, 'glossary'), join(dest, 'glossary'), n);
  for (const list of ['timeline.yaml', 'figures.yaml']) scaleList(join(source, list), join(dest, list), n);
  scaleSource(join(source, 'source'), join(dest, 'source'), n);
  return { sections, paragraphs, glossaryTerms };
}

function scaleSections(
  folder: ContentFolder,
  locale: string,
  to: string,
  n: number,
): { sections: number; paragraphs: number } {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = folder.sections(locale).map((file) => {
    if (file.frontmatterError) throw new Error(`${file.path}: ${file.frontmatterError}`);
    return { meta: file.frontmatter as SectionMeta, paragraphs: file.paragraphs };
  });
  // Copy k follows the whole of copy k − 1, so the sections read as the article N times over,
  // which is also the order of the repeated source text.
  const count = files.length;
  const digits = String(count * n).length;
  for (let k = 1; k <= n; k++) {
    for (const { meta, paragraphs } of files) {
      const order = (k - 1) * count + meta.order;
      const section = copyId(meta.section, k);
      const heading = k === 1 ? meta.heading : `${meta.heading} (${k})`;
      const body = paragraphs
        .map((p) => p.replace(TERM_ID, (_, id: string) => `<Term id="${copyId(id, k)}">`))
        .join('\n\n');
      const head = yaml.dump({ section, order, heading }, { lineWidth: -1 });
      writeFileSync(join(to, `${String(order).padStart(digits, '0')}-${section}.mdx`), `---\n${head}---\n\n${body}\n`);
    }
  }
  return { sections: count * n, paragraphs: files.reduce((total, f) => total + f.paragraphs.length, 0) * n };
}

/** Each section's word data under its copy's file name, its entries under the copy's sentence anchors. */
function scaleWords(folder: ContentFolder, to: string, n: number): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = folder.sections('ko').map((file) => ({
    section: (file.frontmatter as SectionMeta).section,
    order: (file.frontmatter as SectionMeta).order,
    words: folder.text('words', file.name.replace(/\.mdx$/, '.yaml')),
  }));
  const digits = String(files.length * n).length;
  for (let k = 1; k <= n; k++) {
    for (const { section, order, words } of files) {
      if (words === undefined) continue;
      const copy = copyId(section, k);
      const name = `${String((k - 1) * files.length + order).padStart(digits, '0')}-${copy}.yaml`;
      writeFileSync(join(to, name), words.replaceAll(`- id: ${section}-p`, `- id: ${copy}-p`));
    }
  }
}

function scaleGlossary(from: string, to: string, n: number): number {
  const files = readdirSync(from).filter((name) => name.endsWith('.yaml'));
  for (const name of files) {
    const entry = yaml.load(readFileSync(join(from, name), 'utf8')) as { label: Record<string, string> };
    const id = name.slice(0, -'.yaml'.length);
    for (let k = 2; k <= n; k++) {
      // A label of its own per copy, so that no two glossary entries read the same.
      const label = Object.fromEntries(Object.entries(entry.label).map(([locale, text]) => [locale, `${text} (${k})`]));
      writeFileSync(join(to, `${copyId(id, k)}.yaml`), yaml.dump({ ...entry, label }, { lineWidth: -1 }));
    }
  }
  return files.length * n;
}

/** Timeline events and figures: each entry's copies stay together, so dates stay in order. */
function scaleList(from: string, to: string, n: number): void {
  const entries = yaml.load(readFileSync(from, 'utf8')) as { id: string; section: string }[];
  const scaled = entries.flatMap((entry) =>
    Array.from({ length: n }, (_, i) => ({
      ...entry,
      id: copyId(entry.id, i + 1),
      section: copyId(entry.section, i + 1),
    })),
  );
  writeFileSync(to, yaml.dump(scaled, { lineWidth: -1 }));
}

/** The source text's paragraphs N times, then its credit line once (the last line). */
function scaleSource(from: string, to: string, n: number): void {
  for (const name of readdirSync(from).filter((f) => f.endsWith('.txt'))) {
    const lines = readFileSync(join(from, name), 'utf8')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const credit = lines.pop()!;
    writeFileSync(join(to, name), [...Array.from({ length: n }, () => lines).flat(), credit].join('\n') + '\n');
  }
}
