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
import { contentDir } from '../../src/lib/content-dir.ts';

export interface PageSize { path: string; rawBytes: number; gzipBytes: number }

export interface GrowthRow {
  scale: number;
  sections: number;
  /** Paragraphs per language. */
  paragraphs: number;
  glossaryTerms: number;
  build: BuildResult;
  largest: PageSize;
  /** The article and parallel pages, whose size should follow their paragraphs. */
  pages: (PageSize & { paragraphs: number; gzipPerParagraph: number })[];
}

/** The pages whose bytes should grow with the paragraphs they show, and how many they show. */
const PER_PARAGRAPH: Record<string, number> = { '/ko/': 1, '/en/': 1, '/ko/parallel/': 2 };

export async function measureGrowth(scales: number[]): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const scale of scales) {
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
        scale, ...scaled, build,
        largest: sizes.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a)),
        pages: Object.entries(PER_PARAGRAPH).map(([path, perParagraph]) => {
          const size = find(path);
          const paragraphs = scaled.paragraphs * perParagraph;
          return { ...size, paragraphs, gzipPerParagraph: round(size.gzipBytes / paragraphs, 0) };
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

/**
 * How a cost grows between the smallest and the largest scale, beyond its fixed part: the cost
 * added per unit of content from the first to the second scale, against the last two. A ratio
 * near 1 is linear; well above 1, the cost grows faster than the content.
 */
export function marginalGrowth(rows: GrowthRow[], cost: (row: GrowthRow) => number | null): number | null {
  if (rows.length < 3) return null;
  const [a, b] = [rows[0]!, rows[1]!];
  const [c, d] = [rows.at(-2)!, rows.at(-1)!];
  const values = [a, b, c, d].map(cost);
  if (values.some((v) => v === null)) return null;
  const [va, vb, vc, vd] = values as number[];
  const first = (vb! - va!) / (b.scale - a.scale);
  const last = (vd! - vc!) / (d.scale - c.scale);
  return first > 0 ? round(last / first, 2) : null;
}
