// The budgets in bench/budgets.json ("maxX": value ≤ limit, "minX": value ≥ limit, X a metric below;
// allPages in one row, for the page that does worst). A budget naming nothing measured is a typo,
// and an error rather than a silent pass.
import budgets from '../../bench/budgets.json' with { type: 'json' };
import type { BuildResult } from './build.ts';
import type { FirstLoad } from './first-load.ts';
import { growthMetrics, type GrowthRow } from './growth.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { round } from './shared.ts';
import { bareOf } from './site.ts';
import type { ThrottledResult } from './throttled.ts';

export { budgets };

export interface Measured {
  build: BuildResult | null;
  pages: FirstLoad[];
  throttled: ThrottledResult[];
  lighthouse: LighthouseResult[];
  growth: GrowthRow[];
}
export type Check = ReturnType<typeof check>[number];

/** A page's median LCP over its text-alone bare page's in the same run; null but for the side-by-side pages. */
export function lcpOverBare(results: { path: string; lcpMs: number }[], path: string): number | null {
  const [own, floor] = [path, bareOf(path)].map((p) => results.find((r) => r.path === p)?.lcpMs);
  return own === undefined || !floor ? null : round(own / floor, 2);
}

/**
 * Every metric a page's budget may name; null when not measured in this run. Any other figure of
 * the report can be budgeted by adding it here.
 */
export function pageMetrics(path: string, m: Measured): Record<string, number | null> {
  const page = m.pages.find((p) => p.path === path);
  const lh = m.lighthouse.find((l) => l.path === path);
  const t = m.throttled.find((r) => r.path === path);
  return {
    requests: page?.requests ?? null,
    htmlGzipBytes: page?.gzipBytes.html ?? null,
    jsGzipBytes: page?.gzipBytes.js ?? null,
    fontBytes: page?.fontBytes ?? null,
    blockingScripts: page?.blockingScripts.length ?? null,
    crossOriginRequests: page?.crossOrigin.length ?? null,
    performance: lh?.median.performance ?? null,
    accessibility: lh?.median.accessibility ?? null,
    bestPractices: lh?.median.bestPractices ?? null,
    seo: lh?.median.seo ?? null,
    throttledLcpRatio: lcpOverBare(m.throttled, path),
    readyAfterFcpMs: t?.readyAfterFcpMs ?? null,
    throttledCls: t?.cls ?? null,
    themeShownShare: t?.theme?.of ? round(t.theme.shown / t.theme.of, 3) : null,
  };
}

function check(scope: string, metrics: Record<string, number | null>, budget: Record<string, number>) {
  return Object.entries(budget).map(([key, limit]) => {
    const [, bound, name] = /^(max|min)(\w+)$/.exec(key) ?? [];
    const metric = name && name.charAt(0).toLowerCase() + name.slice(1);
    if (!metric || !(metric in metrics)) throw new Error(`bench/budgets.json: unknown budget "${key}" for ${scope}`);
    const value = metrics[metric] ?? null;
    return {
      scope,
      budget: key,
      value,
      limit,
      // null: not measured in this run, reported as not checked.
      ok: value === null ? null : bound === 'max' ? value <= limit : value >= limit,
    };
  });
}

export function checkBudgets(m: Measured): Check[] {
  const allPages = Object.entries(budgets.allPages).map(([key, limit]) => {
    const all = m.pages.flatMap((page) => check(page.path, pageMetrics(page.path, m), { [key]: limit }));
    const badness = (c: Check): number => (c.value === null ? -Infinity : key.startsWith('max') ? c.value : -c.value);
    const worst = all.reduce((a, b) => (badness(b) > badness(a) ? b : a));
    return { ...worst, scope: `all ${all.length} pages (worst: ${worst.scope})` };
  });
  return [
    ...check('build', { seconds: m.build && round(m.build.seconds, 1) }, budgets.build),
    ...check('growth', growthMetrics(m.growth), budgets.growth),
    ...allPages,
    ...Object.entries(budgets.pages).flatMap(([path, budget]) => check(path, pageMetrics(path, m), budget)),
  ];
}
