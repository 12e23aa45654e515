// The budgets in bench/budgets.json: in a page's object "maxX" means value ≤ limit and "minX"
// value ≥ limit, X naming a metric the bench measures; allPages applies to every page measured.
import { readFileSync } from 'node:fs';
import type { BuildResult } from './build.ts';
import { marginalGrowth, type GrowthRow } from './growth.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { jsGzipBytes, type PageResult } from './measure.ts';
import { BUDGETS_FILE } from './paths.ts';
import type { Comparison } from './side-by-side.ts';
import type { ThrottledResult } from './throttled.ts';
import { round } from './stats.ts';

type Budget = Record<string, number>;
export interface Budgets {
  build?: { maxSeconds?: number };
  growth?: Budget;
  allPages?: Budget;
  pages: Record<string, Budget>;
}
export interface Check {
  scope: string;
  budget: string;
  value: number | null;
  limit: number;
  ok: boolean | null;
}

export function readBudgets(): Budgets {
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
  if (!budgets.pages || typeof budgets.pages !== 'object') throw new Error(`${BUDGETS_FILE}: no "pages" object`);
  return budgets;
}

/** Every metric a budget may name; null when not measured in this run (reported as not checked). */
export function pageMetrics(
  page: PageResult | undefined,
  lh: LighthouseResult | undefined,
  side: Comparison | undefined,
  throttled?: ThrottledResult,
): Record<string, number | null> {
  const theme = throttled?.theme;
  return {
    requests: page?.requests ?? null,
    totalGzipBytes: page?.total.gzip ?? null,
    htmlGzipBytes: page?.bytes.html.gzip ?? null,
    jsGzipBytes: page ? jsGzipBytes(page) : null,
    cssGzipBytes: page?.bytes.css.gzip ?? null,
    fontBytes: page?.bytes.fonts.raw ?? null,
    blockingScripts: page?.blocking.parserBlocking.length ?? null,
    crossOriginRequests: page?.crossOrigin.length ?? null,
    performance: lh?.median.performance ?? null,
    accessibility: lh?.median.accessibility ?? null,
    bestPractices: lh?.median.bestPractices ?? null,
    seo: lh?.median.seo ?? null,
    perfectRunShare: lh ? round(lh.perfectRuns / lh.runs.length, 3) : null,
    fcpMs: lh?.median.fcpMs ?? null,
    lcpMs: lh?.median.lcpMs ?? null,
    lcpMinusFcpMs: lh?.median.lcpMinusFcpMs ?? null,
    lcpRatio: side?.lcpRatio ?? null,
    cls: lh?.median.cls ?? null,
    tbtMs: lh?.median.tbtMs ?? null,
    throttledFcpMs: throttled?.median.fcpMs ?? null,
    throttledLcpMs: throttled?.median.lcpMs ?? null,
    throttledLcpRatio: side?.throttled?.lcpRatio ?? null,
    readyAfterFcpMs: throttled?.median.readyAfterFcpMs ?? null,
    throttledCls: throttled?.median.cls ?? null,
    themeShownShare:
      theme && throttled && throttled.runs.length > theme.scriptFirstRuns
        ? round(theme.shownRuns / (throttled.runs.length - theme.scriptFirstRuns), 3)
        : null,
  };
}

/**
 * Growth metrics: the cost added per unit of content in the last step over that in the first
 * (1 is linear); for page bytes, the page whose rate rose most. Null with fewer than three scales.
 */
export function growthMetrics(rows: GrowthRow[]): Record<string, number | null> {
  const paths = rows[0]?.allPages.map((p) => p.path) ?? [];
  const pageRatios = paths
    .map((path) => marginalGrowth(rows, (g) => g.allPages.find((p) => p.path === path)?.rawBytes ?? null))
    .filter((r): r is number => r !== null);
  return {
    marginalBuildCpu: marginalGrowth(rows, (g) => g.build.cpuSeconds),
    marginalPeakMemory: marginalGrowth(rows, (g) => g.build.peakRssMB),
    marginalPageBytes: pageRatios.length ? Math.max(...pageRatios) : null,
  };
}

function checkBudget(scope: string, metrics: Record<string, number | null>, budget: Budget): Check[] {
  return Object.entries(budget)
    .filter(([key]) => !key.startsWith('$'))
    .map(([key, limit]) => {
      const match = /^(max|min)([A-Z]\w*)$/.exec(key);
      const name = match ? match[2]!.charAt(0).toLowerCase() + match[2]!.slice(1) : '';
      // A budget naming nothing measured is a typo in budgets.json: fail loudly rather than pass.
      if (!match || !(name in metrics)) throw new Error(`${BUDGETS_FILE}: unknown budget "${key}" for ${scope}`);
      const value = metrics[name] ?? null;
      const ok = value === null ? null : match[1] === 'max' ? value <= limit : value >= limit;
      return { scope, budget: key, value, limit, ok };
    });
}

/** One row per all-pages budget: the page that does worst (or the first, when all are equal). */
function worstOf(checks: Check[]): Check[] {
  const byBudget = new Map<string, Check>();
  for (const check of checks) {
    const seen = byBudget.get(check.budget);
    const worse =
      check.value !== null &&
      (seen?.value == null || (check.budget.startsWith('max') ? check.value > seen.value : check.value < seen.value));
    if (!seen || worse) byBudget.set(check.budget, check);
  }
  const pages = new Set(checks.map((c) => c.scope)).size;
  return [...byBudget.values()].map((c) => ({ ...c, scope: `all ${pages} pages (worst: ${c.scope})` }));
}

export function checkBudgets(
  budgets: Budgets,
  build: BuildResult | null,
  pages: PageResult[],
  lh: LighthouseResult[],
  throttled: ThrottledResult[],
  sides: Comparison[],
  growth: GrowthRow[],
): Check[] {
  const checks: Check[] = [];
  if (budgets.build?.maxSeconds !== undefined) {
    const value = build ? round(build.seconds, 1) : null;
    checks.push({
      scope: 'build',
      budget: 'maxSeconds',
      value,
      limit: budgets.build.maxSeconds,
      ok: value === null ? null : value <= budgets.build.maxSeconds,
    });
  }
  if (budgets.growth) checks.push(...checkBudget('growth', growthMetrics(growth), budgets.growth));
  if (budgets.allPages)
    checks.push(
      ...worstOf(
        pages.flatMap((page) => checkBudget(page.path, pageMetrics(page, undefined, undefined), budgets.allPages!)),
      ),
    );
  for (const [path, budget] of Object.entries(budgets.pages)) {
    const metrics = pageMetrics(
      pages.find((p) => p.path === path),
      lh.find((l) => l.path === path),
      sides.find((s) => s.path === path),
      throttled.find((t) => t.path === path),
    );
    checks.push(...checkBudget(path, metrics, budget));
  }
  return checks;
}
