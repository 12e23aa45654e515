// Performance benchmark of the built site, checked against the budgets in bench/budgets.json:
// the build, the first load of every page, the article pages beside bare pages of the same text
// (same server, same run) in Chromium throttled for real and in Lighthouse's simulation (mobile),
// and how the build and the pages grow with the content. bench/README.md says what is measured and how.
//
//   npm run bench -- [--runs N] [--no-build] [--skip-lighthouse] [--lighthouse-all]
//                    [--scale 1,4,16 | --no-growth]
//
// Writes reports/bench/latest.json and latest.md; exits 1 when a budget is exceeded, 2 on error.
// Run by Node's type stripping, so only erasable TypeScript here (no enums, no parameter properties).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/support/browser.ts';
import { sitemapPaths } from '../../tests/support/site.ts';
import { contentDir } from '../../src/node/content-dir.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { articleText } from './article-text.ts';
import { barePage } from './bare-page.ts';
import { checkBudgets, readBudgets } from './budgets.ts';
import { timedBuild, type BuildResult } from './build.ts';
import { measureGrowth, type GrowthRow } from './growth.ts';
import { lighthousePages, type LighthouseResult } from './lighthouse.ts';
import { measurePage, type PageResult } from './measure.ts';
import { throttledPages, type ThrottledResult } from './throttled.ts';
import { readOptions } from './options.ts';
import { DIST, REPORT_DIR, ROOT } from './paths.ts';
import { cleanUp, cleanUpOnExit, onExit } from './processes.ts';
import { formatValue, report } from './report.ts';
import { gzippedCopy, serve } from './serve.ts';
import { ARTICLE_PAGES, compare, type Comparison } from './side-by-side.ts';
import { round } from './stats.ts';

/** Taken before the bench adds load of its own. */
const LOAD_AT_START = loadavg();
/** The commit measured, taken before a long run gives the tree time to change under it. */
const COMMIT = gitDescribe();

function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = readOptions();
  const budgets = readBudgets();
  mkdirSync(REPORT_DIR, { recursive: true });

  let build: BuildResult | null = null;
  if (options.build) {
    console.log('Building (npm run build)…');
    build = await timedBuild('build');
    console.log(`  ${build.seconds.toFixed(1)} s`);
  }
  if (!existsSync(join(DIST, 'ko/index.html'))) throw new Error(`${DIST} has no built site: run without --no-build`);

  const content = new ContentFolder(ROOT, contentDir(ROOT));
  const bare = Object.fromEntries(
    Object.values(ARTICLE_PAGES).flatMap(({ locale, bare: text, bareDefinitions }) => {
      const words = articleText(content, locale);
      return [
        [text, barePage(locale, words)],
        [bareDefinitions, barePage(locale, words, { definitions: true })],
      ];
    }),
  );
  const site = gzippedCopy(DIST, bare);
  const pages: PageResult[] = [];
  let lighthouse: LighthouseResult[] = [];
  let throttled: ThrottledResult[] = [];
  const browserPath = chromiumPath();
  try {
    const server = await serve(site.dir, '/ko/');
    try {
      console.log(`Loading pages from ${server.origin}…`);
      const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
      const forget = onExit(() => {
        browser.close().catch(() => {});
      });
      try {
        // Every page the site publishes, as its sitemap lists them; budgets may name only some.
        const published = sitemapPaths({ dir: DIST, origin: server.origin, base: '/' });
        const paths = [...new Set([...published, ...Object.keys(bare), ...Object.keys(budgets.pages)])];
        const loading = performance.now();
        for (const path of paths) pages.push(await measurePage(browser, server.origin, path));
        console.log(`  ${paths.length} pages in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
        console.log('Throttled for real (Chromium, DevTools protocol)…');
        const sidePaths = Object.entries(ARTICLE_PAGES).flatMap(([path, a]) => [path, a.bare, a.bareDefinitions]);
        throttled = await throttledPages(browser, server.origin, sidePaths, options.runs);
      } finally {
        await browser.close();
        forget();
      }
      if (options.lighthouse) {
        console.log('Lighthouse (mobile)…');
        // The bare pages always run beside the article pages: the LCP budget is a ratio to the first's.
        const budgeted = options.lighthouseAll ? pages.map((p) => p.path) : Object.keys(budgets.pages);
        const paths = [
          ...new Set([
            ...budgeted,
            ...Object.entries(ARTICLE_PAGES).flatMap(([path, a]) => [path, a.bare, a.bareDefinitions]),
          ]),
        ];
        lighthouse = await lighthousePages(
          server.origin,
          paths,
          options.runs,
          browserPath ?? chromium.executablePath(),
        );
      }
    } finally {
      server.stop();
    }
  } finally {
    site.remove();
  }
  const sides: Comparison[] = Object.keys(ARTICLE_PAGES).map((path) => compare(path, pages, lighthouse, throttled));

  let growth: GrowthRow[] = [];
  if (options.scales.length) {
    console.log(`Growth (content ×${options.scales.join(', ×')})…`);
    growth = await measureGrowth(options.scales);
  }

  const checks = checkBudgets(budgets, build, pages, lighthouse, throttled, sides, growth);
  const load = loadavg();
  const loadText = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' ');
  // Timings depend on what else the machine is doing; say so next to them.
  const header = `${new Date().toISOString()}, commit ${COMMIT}, Node ${process.version}, ${cpus().length} cores, load average ${loadText(LOAD_AT_START)} at start, ${loadText(load)} at the end`;
  const result = { header, options, build, pages, throttled, lighthouse, sides, growth, checks };
  const markdown = report(result);
  const benchSeconds = round((performance.now() - started) / 1000, 1);
  writeFileSync(
    join(REPORT_DIR, 'latest.json'),
    JSON.stringify({ ...result, loadAtStart: LOAD_AT_START, loadAtEnd: load, benchSeconds }, null, 2) + '\n',
  );
  writeFileSync(join(REPORT_DIR, 'latest.md'), markdown);
  console.log('\n' + markdown);
  console.log(`Bench took ${benchSeconds.toFixed(0)} s; written to reports/bench/latest.{md,json}.`);

  const exceeded = checks.filter((c) => c.ok === false);
  if (exceeded.length) {
    console.error(`\n${exceeded.length} budget(s) exceeded:`);
    for (const c of exceeded) {
      const wanted = c.budget.startsWith('min') ? '≥' : '≤';
      console.error(
        `  ${c.scope} ${c.budget}: ${formatValue(c.budget, c.value)} (budget ${wanted} ${formatValue(c.budget, c.limit)})`,
      );
    }
    return 1;
  }
  console.log('All budgets met.');
  return 0;
}

cleanUpOnExit();
main().then(
  (code) => {
    cleanUp();
    process.exit(code);
  },
  (error: unknown) => {
    cleanUp();
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
