// Lighthouse 12 with its default config (mobile emulation, simulated throttling), each run the
// Lighthouse command line in a process of its own with a fresh Chromium.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { exited, killGroup, onExit } from './processes.ts';
import { REPORT_DIR, ROOT } from './paths.ts';
import { median } from './stats.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The pinned Lighthouse's command line (package.json), run by the Node that runs the bench. */
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js');

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  /** LCP − FCP: 0 when the largest paint is the first. */
  lcpMinusFcpMs: number;
  cls: number;
  tbtMs: number;
  /** Lighthouse's own CPU benchmark: low when the machine is busy, which inflates simulated TBT. */
  benchmarkIndex: number;
  /** Weighted audits scoring below 1, with what Lighthouse displays for them. */
  failedAudits: Record<string, string>;
}
type Measured = Omit<LighthouseRun, 'failedAudits'>;
export interface LighthouseResult {
  path: string;
  runs: LighthouseRun[];
  median: Measured;
  /** Runs scoring 100 in all four categories. */
  perfectRuns: number;
  failedAudits: string[];
}
type LighthouseReport = import('lighthouse').Result;

export const isPerfect = (r: LighthouseRun): boolean =>
  r.performance === 100 && r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100;

async function runLighthouse(url: string, chromePath: string): Promise<{ run: LighthouseRun; lhr: LighthouseReport }> {
  // A process of its own, as a run by hand would be: run inside the bench's process, the later runs
  // of a page scored below 100 more often than the first on two cores.
  const file = join(REPORT_DIR, 'lighthouse-run.json');
  rmSync(file, { force: true });
  const child = spawn(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      `--output-path=${file}`,
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  const forget = onExit(() => killGroup(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  const code = await exited(child);
  forget();
  if (code !== 0 || !existsSync(file))
    throw new Error(`Lighthouse exited with code ${code}: ${stderr.trim().split('\n').slice(-5).join(' ')}`);
  const lhr = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
  rmSync(file);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  const failedAudits = Object.fromEntries(
    CATEGORIES.flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => [`${id}/${ref.id}`, String(lhr.audits[ref.id]?.displayValue || lhr.audits[ref.id]?.score)]),
    ),
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
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    failedAudits,
  };
  return { run, lhr };
}

/**
 * `runs` runs of every path, taken in turns (run 1 of each page, then run 2 of each…), so that a
 * page and its bare page see the machine in the same state and their ratio is fair on a busy one.
 */
export async function lighthousePages(
  origin: string,
  paths: string[],
  runs: number,
  chromePath: string,
): Promise<LighthouseResult[]> {
  const results = new Map(paths.map((path) => [path, [] as { run: LighthouseRun; lhr: LighthouseReport }[]]));
  for (let i = 1; i <= runs; i++) {
    for (const path of paths) {
      process.stdout.write(`  lighthouse ${path} run ${i}/${runs}…`);
      const started = performance.now();
      const result = await runLighthouse(origin + path, chromePath).catch((error: unknown) => {
        // One retry: on a shared machine a load can fail once (a slow start).
        console.log(` failed (${error instanceof Error ? error.message : error}); retrying…`);
        return runLighthouse(origin + path, chromePath);
      });
      results.get(path)!.push(result);
      console.log(
        ` ${result.run.performance}, FCP ${(result.run.fcpMs / 1000).toFixed(2)} s, LCP ${(result.run.lcpMs / 1000).toFixed(2)} s, ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    }
  }
  return paths.map((path) => summarise(path, results.get(path)!));
}

function summarise(path: string, measured: { run: LighthouseRun; lhr: LighthouseReport }[]): LighthouseResult {
  const runs = measured.map((m) => m.run);
  const med = (key: keyof Measured): number => median(runs.map((r) => r[key]));
  // The full report of the median run (by performance), to see why a score is what it is.
  const medianRun = Math.max(
    0,
    runs.findIndex((r) => r.performance === med('performance')),
  );
  writeFileSync(
    join(REPORT_DIR, `lighthouse-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`),
    JSON.stringify(measured[medianRun]!.lhr),
  );
  const audits = [...new Set(runs.flatMap((r) => Object.keys(r.failedAudits)))];
  return {
    path,
    runs,
    median: {
      performance: med('performance'),
      accessibility: med('accessibility'),
      bestPractices: med('bestPractices'),
      seo: med('seo'),
      fcpMs: med('fcpMs'),
      lcpMs: med('lcpMs'),
      lcpMinusFcpMs: med('lcpMinusFcpMs'),
      cls: med('cls'),
      tbtMs: med('tbtMs'),
      benchmarkIndex: med('benchmarkIndex'),
    },
    perfectRuns: runs.filter(isPerfect).length,
    failedAudits: audits.map((id) => {
      const shown = runs.map((r) => r.failedAudits[id]).filter((v) => v !== undefined);
      return `${id}: ${shown.length} of ${runs.length} runs (${shown.join(', ')})`;
    }),
  };
}
