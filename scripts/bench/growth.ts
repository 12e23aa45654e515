// Growth: the site built from synthetic content N times larger (CONTENT_DIR, OUT_DIR in a
// temporary folder), with its build time and memory and every page's bytes, to see whether any
// cost grows faster than the content. Raw bytes, not gzipped: gzip finds the repeated copies of the
// synthetic text and shrinks them to almost nothing, which new paragraphs of real text would not be.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedBuild } from './build.ts';
import { scaleContent } from './scale-content.ts';
import { ROOT, round } from './shared.ts';
import { contentDir } from '../../src/node/content-dir.ts';

export type GrowthRow = ReturnType<typeof measureGrowth>[number];

// Astro's content cache (the data store, the module list) keeps a deleted content folder's entries,
// and the next build from another folder fails on their imports: each growth build starts without
// it (all scales cold alike), and so does the project's own next build.
function resetContentCache(): void {
  for (const dir of ['.astro', 'node_modules/.astro']) rmSync(join(ROOT, dir), { recursive: true, force: true });
}

export function measureGrowth(scales: number[]) {
  try {
    return scales.map((scale) => {
      resetContentCache();
      const dir = mkdtempSync(join(tmpdir(), `bench-scale-${scale}-`));
      try {
        const [content, out] = [join(dir, 'content'), join(dir, 'dist')];
        const scaled = scaleContent(contentDir(ROOT), content, scale);
        console.log(`  ×${scale}: ${scaled.sections} sections, ${scaled.paragraphs} paragraphs per language…`);
        const build = timedBuild(`build-scale-${scale}`, { CONTENT_DIR: content, OUT_DIR: out });
        // Every HTML page of the build by URL path, so that a page growing faster than the content cannot hide.
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({
            path: `/${file}`.replace(/index\.html$/, ''),
            rawBytes: statSync(join(out, file)).size,
          }))
          .sort((a, b) => a.path.localeCompare(b.path));
        return { scale, ...scaled, build, pages };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  } finally {
    resetContentCache();
  }
}

export type Cost = (row: GrowthRow) => number | null | undefined;

/** How many times a cost grew from the smallest scale to the largest, for a content that many times larger. */
export function growthFactor(rows: GrowthRow[], cost: Cost): number | null {
  const [first, last] = [cost(rows[0]!), cost(rows.at(-1)!)];
  return rows.length < 2 || first == null || last == null || first <= 0 ? null : round(last / first, 2);
}

/**
 * The cost added per unit of content between the last two scales, over that between the first
 * two: fixed costs (starting Node and Vite, the shared script) make totals grow slower than the
 * content whatever happens, so a curve shows here first. About 1 is linear; null when the first
 * step added nothing (noise on a busy machine) and no ratio means anything.
 */
export function marginalGrowth(rows: GrowthRow[], cost: Cost): number | null {
  if (rows.length < 3) return null;
  const [a, b, c, d] = [rows[0]!, rows[1]!, rows.at(-2)!, rows.at(-1)!];
  const [va, vb, vc, vd] = [a, b, c, d].map(cost);
  if (va == null || vb == null || vc == null || vd == null) return null;
  const first = (vb - va) / (b.scale - a.scale);
  return first > 0 ? round((vd - vc) / (d.scale - c.scale) / first, 2) : null;
}

export function pageBytes(path: string): Cost {
  return (row) => row.pages.find((p) => p.path === path)?.rawBytes;
}

/** The growth budgets' metrics; for page bytes, the page whose rate rose most. Null with fewer than three scales. */
export function growthMetrics(rows: GrowthRow[]): Record<string, number | null> {
  const pageRatios = (rows[0]?.pages ?? [])
    .map((p) => marginalGrowth(rows, pageBytes(p.path)))
    .filter((r): r is number => r !== null);
  return {
    marginalBuildCpu: marginalGrowth(rows, (g) => g.build.cpuSeconds),
    marginalPeakMemory: marginalGrowth(rows, (g) => g.build.peakRssMB),
    marginalPageBytes: pageRatios.length ? Math.max(...pageRatios) : null,
  };
}
