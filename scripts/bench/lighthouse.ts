// Lighthouse with its default config (mobile emulation, simulated throttling: a model of the load,
// not what a browser did), each run by its command line in a process of its own with a fresh
// Chromium, so that runs share nothing (bench/README.md says why).
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { median, REPORT_DIR, ROOT } from './shared.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
type LighthouseRun = Awaited<ReturnType<typeof runLighthouse>>['run'];
type Figure = Exclude<keyof LighthouseRun, 'failedAudits'>;
export type LighthouseResult = Awaited<ReturnType<typeof lighthousePages>>[number];

async function runLighthouse(url: string, chromePath: string) {
  const file = join(REPORT_DIR, 'lighthouse-run.json');
  const cli = join(ROOT, 'node_modules/lighthouse/cli/index.js'); // the pinned one, run by the bench's Node
  const flags = [`--output-path=${file}`, `--only-categories=${CATEGORIES.join(',')}`];
  const chromeFlags = `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`;
  await promisify(execFile)(process.execPath, [cli, url, '--output=json', '--quiet', ...flags, chromeFlags], {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: chromePath },
  });
  const lhr = JSON.parse(readFileSync(file, 'utf8')) as Result;
  rmSync(file);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  const failed = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map(({ id }) => [`${category}/${id}`, String(lhr.audits[id]?.displayValue || lhr.audits[id]?.score)] as const),
  );
  const run = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    lcpMinusFcpMs: metric('largest-contentful-paint') - metric('first-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
    // Lighthouse's own CPU benchmark: low when the machine is busy, which inflates simulated TBT.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    /** Weighted audits scoring below 1, with what Lighthouse displays for them. */
    failedAudits: Object.fromEntries(failed),
  };
  return { run, lhr };
}

/**
 * `runs` runs of every path, taken in turns (run 1 of each page, then run 2…), so that a page and
 * its bare page see the machine in the same state and their ratio is fair on a busy one.
 */
export async function lighthousePages(origin: string, paths: string[], runs: number, chromePath: string) {
  const results = new Map(paths.map((path) => [path, [] as { run: LighthouseRun; lhr: Result }[]]));
  for (let i = 1; i <= runs; i++)
    for (const path of paths) {
      process.stdout.write(`  lighthouse ${path} run ${i}/${runs}…`);
      const result = await runLighthouse(origin + path, chromePath).catch((error: unknown) => {
        // One retry: on a shared machine a load can fail once (a slow start).
        console.log(` failed (${String(error).split('\n')[0]}); retrying…`);
        return runLighthouse(origin + path, chromePath);
      });
      results.get(path)!.push(result);
      const { performance, fcpMs, lcpMs } = result.run;
      console.log(` ${performance}, FCP ${Math.round(fcpMs)} ms, LCP ${Math.round(lcpMs)} ms`);
    }
  return paths.map((path) => {
    const all = results.get(path)!;
    const runs = all.map((r) => r.run);
    const figures = Object.keys(runs[0]!).filter((key) => key !== 'failedAudits') as Figure[];
    const med = Object.fromEntries(figures.map((key) => [key, median(runs.map((r) => r[key]))]));
    // The full report of the median run (by performance), to see why a score is what it is.
    // (With an even number of runs the median may be no run's: then the first.)
    const medianRun = all.find((r) => r.run.performance === med.performance) ?? all[0]!;
    const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root';
    writeFileSync(join(REPORT_DIR, `lighthouse-${name}.json`), JSON.stringify(medianRun.lhr));
    const audits = [...new Set(runs.flatMap((r) => Object.keys(r.failedAudits)))];
    return {
      path,
      runs,
      median: med as Record<Figure, number>,
      /** Runs scoring 100 in all four categories. */
      perfectRuns: runs.filter((r) => r.performance + r.accessibility + r.bestPractices + r.seo === 400).length,
      /** Each audit below 100 in some run: in how many, and what Lighthouse showed for it. */
      failedAudits: audits.map((id) => {
        const shown = runs.map((r) => r.failedAudits[id]).filter((v) => v !== undefined);
        return `${id}: ${shown.length} of ${runs.length} runs (${shown.join(', ')})`;
      }),
    };
  });
}
