// Growth: the site built from synthetic content N times larger (CONTENT_DIR, OUT_DIR in a
// temporary folder), with its build time and memory, its largest page and each article page's
// bytes per paragraph, to see whether any cost grows faster than the content.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { timedBuild, type BuildResult } from './build.ts';
import { onExit } from './processes.ts';
import { ROOT } from './paths.ts';
import { scaleContent } from './scale-content.ts';
import { gzipSize, round } from './stats.ts';
import { contentDir } from '../../src/node/content-dir.ts';
import { locales, sourceLocale } from '../../src/i18n/locales.ts';

export interface PageSize {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface GrowthRow {
  scale: number;
  sections: number;
  /** Paragraphs per language. */
  paragraphs: number;
  glossaryTerms: number;
  build: BuildResult;
  largest: PageSize;
  /**
   * The article and parallel pages, whose size should follow their paragraphs. Per paragraph in raw
   * bytes: gzip finds the repeated copies of the synthetic text and shrinks them to almost nothing,
   * which real new paragraphs would not be.
   */
  pages: (PageSize & { paragraphs: number; rawPerParagraph: number })[];
  /** Every HTML page of the build, so that a page growing faster than the content cannot hide. */
  allPages: PageSize[];
}

/** The pages whose bytes should grow with the paragraphs they show, and how many they show. */
// Each article page shows a paragraph once; the parallel page shows it in every language. One
// parallel page stands for the rest: they differ only in their interface strings.
const PER_PARAGRAPH: Record<string, number> = {
  ...Object.fromEntries(locales.map((locale) => [`/${locale}/`, 1])),
  [`/${sourceLocale}/parallel/`]: locales.length,
};

/**
 * Astro's content cache (the data store and the module list) keeps the entries of a content folder
 * after it is gone; the next build from another folder then fails on imports of the deleted files.
 * Each growth build starts without it, so all scales build cold alike, and the project's own next
 * build starts clean after the last.
 */
function resetContentCache(): void {
  for (const dir of ['.astro', 'node_modules/.astro']) rmSync(join(ROOT, dir), { recursive: true, force: true });
}

export async function measureGrowth(scales: number[]): Promise<GrowthRow[]> {
  try {
    return await buildScales(scales);
  } finally {
    resetContentCache();
  }
}

async function buildScales(scales: number[]): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const scale of scales) {
    resetContentCache();
    const dir = mkdtempSync(join(tmpdir(), `bench-scale-${scale}-`));
    const remove = (): void => rmSync(dir, { recursive: true, force: true });
    const forget = onExit(remove);
    try {
      const content = join(dir, 'content');
      const out = join(dir, 'dist');
      const scaled = scaleContent(contentDir(ROOT), content, scale);
      process.stdout.write(`  ×${scale}: ${scaled.sections} sections, ${scaled.paragraphs} paragraphs per language…`);
      const build = await timedBuild(`build-scale-${scale}`, { CONTENT_DIR: content, OUT_DIR: out });
      console.log(` built in ${build.seconds.toFixed(1)} s`);
      const sizes = pageSizes(out);
      const find = (path: string): PageSize => {
        const size = sizes.find((s) => s.path === path);
        if (!size) throw new Error(`the build at scale ${scale} has no page ${path}`);
        return size;
      };
      rows.push({
        scale,
        ...scaled,
        build,
        allPages: sizes.sort((a, b) => a.path.localeCompare(b.path)),
        largest: sizes.reduce((a, b) => (b.rawBytes > a.rawBytes ? b : a)),
        pages: Object.entries(PER_PARAGRAPH).map(([path, perParagraph]) => {
          const size = find(path);
          const paragraphs = scaled.paragraphs * perParagraph;
          return { ...size, paragraphs, rawPerParagraph: round(size.rawBytes / paragraphs, 0) };
        }),
      });
    } finally {
      remove();
      forget();
    }
  }
  return rows;
}

/** Every HTML page of a build, by URL path: the HTML alone, since CSS is inlined and the script shared. */
function pageSizes(out: string): PageSize[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      const body = readFileSync(file);
      const path = `/${relative(out, file).split('\\').join('/')}`.replace(/index\.html$/, '');
      return { path, rawBytes: body.length, gzipBytes: gzipSize(body) };
    });
}

/** How many times a cost grew from the smallest scale to the largest, for a content that many times larger. */
export function growthFactor(rows: GrowthRow[], cost: (row: GrowthRow) => number | null): number | null {
  const [first, last] = [cost(rows[0]!), cost(rows.at(-1)!)];
  return rows.length < 2 || first === null || last === null || first <= 0 ? null : round(last / first, 2);
}

/**
 * The cost added per unit of content between the last two scales, over that between the first
 * two: fixed costs (starting Node and Vite, the shared script) make totals grow slower than the
 * content whatever happens, so a curve shows here first. About 1 is linear; null when the first
 * step added nothing (noise on a busy machine) and no ratio means anything.
 */
export function marginalGrowth(rows: GrowthRow[], cost: (row: GrowthRow) => number | null): number | null {
  if (rows.length < 3) return null;
  const [a, b, c, d] = [rows[0]!, rows[1]!, rows.at(-2)!, rows.at(-1)!];
  const values = [a, b, c, d].map(cost);
  if (values.some((v) => v === null)) return null;
  const [va, vb, vc, vd] = values as number[];
  const first = (vb! - va!) / (b.scale - a.scale);
  const last = (vd! - vc!) / (d.scale - c.scale);
  return first > 0 ? round(last / first, 2) : null;
}
