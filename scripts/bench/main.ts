// The bench's steps in order (bench/README.md says what each measures and how); writes
// reports/bench/latest.json and latest.md, exits 1 when a budget is exceeded, 2 on error.
// Run by Node's type stripping, so only erasable TypeScript here (no enums, no parameter properties).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browser.ts';
import { sitemapPaths } from '../../tests/support/site.ts';
import { budgets, checkBudgets, type Measured } from './budgets.ts';
import { timedBuild } from './build.ts';
import { firstLoad } from './first-load.ts';
import { measureGrowth } from './growth.ts';
import { lighthousePages } from './lighthouse.ts';
import { readOptions } from './options.ts';
import { formatValue, report } from './report.ts';
import { DIST, REPORT_DIR, ROOT } from './shared.ts';
import { serveSite, SIDE_BY_SIDE } from './site.ts';
import { throttledPages } from './throttled.ts';

async function main(): Promise<number> {
  const started = performance.now();
  // Taken before the bench adds load of its own, and before a long run gives the tree time to change.
  const loadAtStart = loadavg();
  const git = (command: string): string => execSync(`git ${command}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  const commit = `${git('rev-parse --short HEAD')}${git('status --porcelain --untracked-files=no') ? '+changes' : ''}`;
  const options = readOptions();
  mkdirSync(REPORT_DIR, { recursive: true });
  const m: Measured = { build: null, pages: [], throttled: [], lighthouse: [], growth: [] };

  if (options.build) {
    console.log('Building (npm run build)…');
    m.build = timedBuild('build');
  }
  if (!existsSync(join(DIST, 'ko/index.html'))) throw new Error(`${DIST} has no built site: run without --no-build`);
  const site = await serveSite(DIST);
  try {
    console.log(`Loading pages from ${site.origin}…`);
    const browserPath = chromiumPath();
    const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    try {
      // Every page the site publishes, as its sitemap lists them, and the bare pages.
      const published = sitemapPaths({ dir: DIST, origin: site.origin, base: '/' });
      for (const path of new Set([...published, ...SIDE_BY_SIDE, ...Object.keys(budgets.pages)]))
        m.pages.push(await firstLoad(browser, site.origin, path));
      console.log('Throttled for real (Chromium, DevTools protocol)…');
      m.throttled = await throttledPages(browser, site.origin, SIDE_BY_SIDE, options.throttledRuns);
    } finally {
      await browser.close();
    }
    if (options.lighthouse) {
      console.log('Lighthouse (mobile, simulated)…');
      // The bare pages always run beside the article pages: the LCP ratios are to the first's.
      const paths = [...new Set([...SIDE_BY_SIDE, ...Object.keys(budgets.pages)])];
      m.lighthouse = await lighthousePages(site.origin, paths, options.runs, browserPath ?? chromium.executablePath());
    }
  } finally {
    site.close();
  }
  if (options.scales.length) {
    console.log(`Growth (content ×${options.scales.join(', ×')})…`);
    m.growth = measureGrowth(options.scales);
  }

  const checks = checkBudgets(m);
  const loadAtEnd = loadavg();
  const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ');
  // Timings depend on what else the machine is doing; say so next to them.
  const header = `${new Date().toISOString()}, commit ${commit}, Node ${process.version}, ${cpus().length} cores, load average ${load(loadAtStart)} at start, ${load(loadAtEnd)} at the end`;
  const markdown = report(header, m, checks);
  const benchSeconds = Math.round((performance.now() - started) / 1000);
  const json = { header, options, ...m, checks, loadAtStart, loadAtEnd, benchSeconds };
  writeFileSync(join(REPORT_DIR, 'latest.json'), JSON.stringify(json, null, 2) + '\n');
  writeFileSync(join(REPORT_DIR, 'latest.md'), markdown);
  console.log(`\n${markdown}\nBench took ${benchSeconds} s; written to reports/bench/latest.{md,json}.`);

  const exceeded = checks.filter((c) => c.ok === false);
  for (const c of exceeded) {
    const bound = `${c.budget.startsWith('min') ? '≥' : '≤'} ${formatValue(c.budget, c.limit)}`;
    console.error(`  EXCEEDED ${c.scope} ${c.budget}: ${formatValue(c.budget, c.value)} (budget ${bound})`);
  }
  console.log(exceeded.length ? `${exceeded.length} budget(s) exceeded.` : 'All budgets met.');
  return exceeded.length ? 1 : 0;
}

process.exit(
  await main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 2;
  }),
);
