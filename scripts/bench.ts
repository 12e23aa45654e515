// Performance benchmark of the built site, checked against the budgets in bench/budgets.json:
// build time and memory, what each page costs on its first load (requests, bytes by type, raw
// and gzipped), render-blocking scripts, requests to other origins, Lighthouse (mobile) for the
// budget pages, and how the article pages compare with their own text gzipped (the "text floor").
//
//   npm run bench -- [--runs N] [--no-build] [--skip-lighthouse] [--lighthouse-all]
//
// Writes reports/bench/latest.json and latest.md; exits 1 when a budget is exceeded, 2 on error.
// Run by Node's type stripping, so only erasable TypeScript here (no enums, no parameter properties).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { stripMarkup } from '../src/lib/paragraphs.ts';
import { ContentFolder } from '../src/lib/content-files.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT_DIR = join(ROOT, 'reports/bench');
const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
// The build script honours OUT_DIR (the tests build elsewhere); the bench follows it, default dist/.
const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');

/** Every page the site publishes; budgets may name only some of them. */
const PAGES = ['/', '/ko/', '/en/', '/ko/parallel/', '/en/parallel/', '/ko/glossary/', '/en/glossary/', '/ko/timeline/', '/en/timeline/', '/ko/data/', '/en/data/'];
/** The article pages, whose text floor is that locale's article text. */
const ARTICLE_LOCALE: Record<string, string> = { '/ko/': 'ko', '/en/': 'en' };
/** Lighthouse's default mobile device (Moto G Power), so request counts match what Lighthouse loads. */
const VIEWPORT = { width: 412, height: 823 };
const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'data', 'other'] as const;
type ResourceType = (typeof TYPES)[number];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The pinned Lighthouse's command line (package.json), run by the Node that runs the bench. */
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules/lighthouse/cli/index.js');
/** Taken before the bench adds load of its own. */
const LOAD_AT_START = loadavg();

// ---------------------------------------------------------------------------------------------
// Types of what is measured

interface Options { runs: number; build: boolean; lighthouse: boolean; lighthouseAll: boolean }

interface BuildResult { seconds: number; cpuSeconds: number | null; peakRssMB: number | null; memoryMethod: string }

interface ResourceRecord { url: string; type: ResourceType; status: number; rawBytes: number; gzipBytes: number; failed?: string }

interface BlockingScripts {
  /** External classic scripts (no async/defer/module) anywhere: each stops the parser until fetched. */
  parserBlocking: string[];
  /** The subset in <head>, which also hold back the first paint. */
  inHead: number;
  /** Inline classic scripts in <head>: no request, but they run before the page renders. */
  inlineInHead: number;
  /** The text of every inline script that runs (not JSON-LD): counted as JavaScript too. */
  inlineCode: string;
}

interface PageResult {
  path: string;
  requests: number;
  bytes: Record<ResourceType, { raw: number; gzip: number }>;
  /** Inline scripts, already inside the HTML bytes. */
  inlineJs: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
  blocking: BlockingScripts;
  crossOrigin: string[];
  /** Responses that were not 2xx, or requests that failed: worth knowing, not budgeted. */
  errors: string[];
  floor: { locale: string; rawBytes: number; gzipBytes: number; ratio: number } | null;
  resources: ResourceRecord[];
}

interface LighthouseRun {
  performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number;
  /** Lighthouse's own CPU benchmark: low when the machine is busy, which inflates simulated TBT. */
  benchmarkIndex: number;
  /** Weighted audits scoring below 1, with what Lighthouse displays for them. */
  failedAudits: Record<string, string>;
}
interface LighthouseResult { path: string; runs: LighthouseRun[]; median: Omit<LighthouseRun, 'failedAudits'>; failedAudits: string[] }
type LighthouseReport = import('lighthouse').Result;

type Budget = Record<string, number>;
interface Budgets { build?: { maxSeconds?: number }; allPages?: Budget; pages: Record<string, Budget> }
interface Check { scope: string; budget: string; value: number | null; limit: number; ok: boolean | null }

// ---------------------------------------------------------------------------------------------
// Cleanup: the static server and every browser are killed on any exit, error or Ctrl-C included.

const cleanups = new Set<() => void>();

function onExit(kill: () => void): () => void {
  cleanups.add(kill);
  return () => cleanups.delete(kill);
}

function cleanUp(): void {
  for (const kill of cleanups) {
    try { kill(); } catch { /* already gone */ }
  }
  cleanups.clear();
}

process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// Options and budgets

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-all': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  return { runs, build: !values['no-build'], lighthouse: !values['skip-lighthouse'], lighthouseAll: values['lighthouse-all'] };
}

function readBudgets(): Budgets {
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8')) as Budgets;
  if (!budgets.pages || typeof budgets.pages !== 'object') throw new Error(`${BUDGETS_FILE}: no "pages" object`);
  return budgets;
}

// ---------------------------------------------------------------------------------------------
// 1. Build, timed, with the peak memory of the build's process tree

async function build(): Promise<BuildResult> {
  // GNU time reports the peak RSS of the largest process it waited for (getrusage of the children);
  // without it, ps is sampled and the RSS of the whole tree summed.
  const gnuTime = existsSync('/usr/bin/time');
  const timeFile = join(REPORT_DIR, 'build-time.txt');
  const logFile = join(REPORT_DIR, 'build.log');
  const [command, args] = gnuTime
    ? ['/usr/bin/time', ['-v', '-o', timeFile, 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const forget = onExit(() => killGroup(child));
  const sampler = gnuTime ? null : sampleTreeRss(child.pid!);
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => { log += chunk; });
  child.stderr!.on('data', (chunk: Buffer) => { log += chunk; });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  forget();
  const sampledPeak = sampler ? sampler.stop() : 0;
  writeFileSync(logFile, log);
  if (code !== 0) {
    throw new Error(`npm run build failed (exit ${code}); last lines of ${logFile}:\n${log.trim().split('\n').slice(-25).join('\n')}`);
  }
  if (gnuTime) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (name: string): number | null => {
      const match = new RegExp(`${name}: ([\\d.]+)`).exec(report);
      return match ? Number(match[1]) : null;
    };
    const user = field('User time \\(seconds\\)');
    const system = field('System time \\(seconds\\)');
    const kb = field('Maximum resident set size \\(kbytes\\)');
    // CPU time is reported too: on a busy machine the wall time says more about the load than the build.
    return {
      seconds, cpuSeconds: user !== null && system !== null ? user + system : null, peakRssMB: kb === null ? null : kb / 1024,
      memoryMethod: '/usr/bin/time -v: max RSS of the largest process in the build tree',
    };
  }
  return { seconds, cpuSeconds: null, peakRssMB: sampledPeak / 1024, memoryMethod: 'ps sampled every 100 ms: peak of the summed RSS of the build tree' };
}

/** Samples `ps` and keeps the largest summed RSS (KB) of a process and its descendants. */
function sampleTreeRss(rootPid: number): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
        .trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
      const tree = new Set([rootPid]);
      // Rows are in pid order, parents mostly first; loop until no new descendant is found.
      for (let grew = true; grew;) {
        grew = false;
        for (const [pid, ppid] of rows) if (!tree.has(pid!) && tree.has(ppid!)) { tree.add(pid!); grew = true; }
      }
      const rss = rows.filter(([pid]) => tree.has(pid!)).reduce((sum, row) => sum + (row[2] ?? 0), 0);
      peak = Math.max(peak, rss);
    } catch { /* ps may race with exiting processes; the next sample will do */ }
  }, 100);
  return { stop: () => { clearInterval(timer); return peak; } };
}

function killGroup(child: ChildProcess): void {
  // Detached children lead their own process group: npx → node → http-server all go together.
  if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
}

// ---------------------------------------------------------------------------------------------
// 2. Static server, gzip as every host in the README serves text (-g serves a file's .gz twin to
//    clients that accept gzip; -s silent, -c-1 no caching), 127.0.0.1 only

/** Text that hosts compress; images and fonts are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** A copy of the site with a gzipped twin of each text file, so that the dist/ folder stays as built. */
function gzippedCopy(dir: string): { dir: string; remove: () => void } {
  const copy = mkdtempSync(join(tmpdir(), 'bench-site-'));
  cpSync(dir, copy, { recursive: true });
  for (const entry of readdirSync(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSED_TYPES.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function serve(dir: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('npx', ['--no', 'http-server', dir, '-p', String(port), '-a', '127.0.0.1', '-c-1', '-s', '-g'], { cwd: ROOT, stdio: 'ignore', detached: true });
  const stop = (): void => killGroup(child);
  const forget = onExit(stop);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`http-server exited with code ${child.exitCode}`);
    const response = await fetch(`${origin}/ko/`).catch(() => null); // null: not listening yet
    if (response?.ok) {
      if (response.headers.get('content-encoding') === 'gzip') return { origin, stop: () => { stop(); forget(); } };
      stop();
      throw new Error('http-server answered, but not gzipped');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`http-server did not answer on ${origin} within 30 s`);
}

// ---------------------------------------------------------------------------------------------
// 3. First load of each page in a fresh browser context

function classify(request: Request, contentType: string): ResourceType {
  const kind = request.resourceType();
  if (kind === 'document' || contentType.includes('text/html')) return 'html';
  if (kind === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (kind === 'script' || contentType.includes('javascript')) return 'js';
  if (kind === 'font' || contentType.startsWith('font/') || /woff2?|opentype|truetype/.test(contentType)) return 'fonts';
  if (kind === 'image' || contentType.startsWith('image/')) return 'images';
  if (kind === 'manifest') return 'other';
  if (contentType.includes('json') || /\.json(\?|$)/.test(request.url())) return 'data';
  return 'other';
}

const gzipSize = (body: Buffer): number => (body.length ? gzipSync(body, { level: 9 }).length : 0);

async function record(request: Request): Promise<ResourceRecord> {
  const response = await request.response();
  const contentType = (await response?.headerValue('content-type')) ?? '';
  let body: Buffer = Buffer.alloc(0);
  // Redirects have no body; measure what was actually delivered, not the Content-Length header.
  try { if (response) body = await response.body(); } catch { /* redirect or aborted */ }
  return { url: request.url(), type: classify(request, contentType), status: response?.status() ?? 0, rawBytes: body.length, gzipBytes: gzipSize(body) };
}

async function measurePage(browser: Browser, origin: string, path: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const pending: Promise<ResourceRecord>[] = [];
    page.on('requestfinished', (request) => pending.push(record(request)));
    page.on('requestfailed', (request) => pending.push(Promise.resolve({
      url: request.url(), type: classify(request, ''), status: 0, rawBytes: 0, gzipBytes: 0, failed: request.failure()?.errorText ?? 'failed',
    })));
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
    // Whatever the page's scripts fetch right after load belongs to the first load as well.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const html = await response.text();
    const blocking = await page.evaluate(findBlockingScripts, html);
    const resources = await Promise.all(pending);
    return summarise(path, origin, resources, blocking);
  } finally {
    await context.close();
  }
}

/** Runs in the page: parses the HTML as served (not the DOM after scripts ran). */
function findBlockingScripts(html: string): BlockingScripts {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const classic = (s: HTMLScriptElement): boolean => {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'text/javascript' || type === 'application/javascript';
  };
  const scripts = [...doc.querySelectorAll('script')].filter(classic);
  const runs = [...doc.querySelectorAll('script:not([src])')].filter((s) => classic(s as HTMLScriptElement) || s.getAttribute('type') === 'module');
  const external = scripts.filter((s) => s.hasAttribute('src') && !s.hasAttribute('async') && !s.hasAttribute('defer'));
  return {
    parserBlocking: external.map((s) => s.getAttribute('src') ?? ''),
    inHead: external.filter((s) => s.closest('head')).length,
    inlineInHead: scripts.filter((s) => !s.hasAttribute('src') && s.closest('head')).length,
    inlineCode: runs.map((s) => s.textContent ?? '').join('\n'),
  };
}

function summarise(path: string, origin: string, resources: ResourceRecord[], blocking: BlockingScripts): PageResult {
  const bytes = Object.fromEntries(TYPES.map((t) => [t, { raw: 0, gzip: 0 }])) as PageResult['bytes'];
  for (const r of resources) {
    bytes[r.type].raw += r.rawBytes;
    bytes[r.type].gzip += r.gzipBytes;
  }
  // Script inlined into the HTML is still JavaScript the reader downloads and runs: it counts in
  // the JS column and budget (and, as part of the page, in HTML and the total).
  const inline = Buffer.from(blocking.inlineCode, 'utf8');
  const inlineJs = { raw: inline.length, gzip: gzipSize(inline) };
  const total = { raw: sum(resources.map((r) => r.rawBytes)), gzip: sum(resources.map((r) => r.gzipBytes)) };
  const crossOrigin = resources.map((r) => r.url).filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  const errors = resources.filter((r) => r.failed || r.status < 200 || r.status >= 400).map((r) => `${r.failed ?? r.status} ${r.url}`);
  const relative = resources.map((r) => ({ ...r, url: r.url.startsWith(origin) ? r.url.slice(origin.length) : r.url }));
  return { path, requests: resources.length, bytes, inlineJs, total, blocking, crossOrigin, errors, floor: null, resources: relative };
}

// ---------------------------------------------------------------------------------------------
// 4. Lighthouse, default (mobile, simulated throttling) config, median of N runs

async function runLighthouse(url: string, chromePath: string): Promise<{ run: LighthouseRun; lhr: LighthouseReport }> {
  // Each run is the Lighthouse CLI in a process of its own, with a fresh Chrome, as a run by hand
  // would be: runs share nothing, not even this process with what earlier runs left in it (run in
  // here, the later runs of a page scored below 100 more often than the first on two cores).
  const file = join(REPORT_DIR, 'lighthouse-run.json');
  rmSync(file, { force: true });
  const child = spawn(process.execPath, [
    LIGHTHOUSE_CLI, url, '--output=json', `--output-path=${file}`, '--quiet', `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
  ], { cwd: ROOT, env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const forget = onExit(() => killGroup(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk; });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  forget();
  if (code !== 0 || !existsSync(file)) throw new Error(`Lighthouse exited with code ${code}: ${stderr.trim().split('\n').slice(-5).join(' ')}`);
  const lhr = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
  rmSync(file);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  const failedAudits = Object.fromEntries(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => [`${id}/${ref.id}`, String(lhr.audits[ref.id]?.displayValue || lhr.audits[ref.id]?.score)])));
  const run = {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'), cls: metric('cumulative-layout-shift'), tbtMs: metric('total-blocking-time'),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex), failedAudits,
  };
  return { run, lhr };
}

async function lighthousePage(origin: string, path: string, runs: number, chromePath: string): Promise<LighthouseResult> {
  const results: LighthouseRun[] = [];
  const reports: LighthouseReport[] = [];
  for (let i = 1; i <= runs; i++) {
    process.stdout.write(`  lighthouse ${path} run ${i}/${runs}…`);
    const started = performance.now();
    const { run, lhr } = await runLighthouse(origin + path, chromePath).catch((error: unknown) => {
      // One retry: on a shared machine a load can fail once (dist/ rebuilt under us, a slow start).
      console.log(` failed (${error instanceof Error ? error.message : error}); retrying…`);
      return runLighthouse(origin + path, chromePath);
    });
    results.push(run);
    reports.push(lhr);
    console.log(` ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const med = (key: keyof Omit<LighthouseRun, 'failedAudits'>): number => median(results.map((r) => r[key]));
  // The full report of the median run (by performance), to see why a score is what it is.
  const medianRun = results.findIndex((r) => r.performance === med('performance'));
  writeFileSync(join(REPORT_DIR, `lighthouse-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}.json`), JSON.stringify(reports[Math.max(0, medianRun)]));
  const audits = [...new Set(results.flatMap((r) => Object.keys(r.failedAudits)))];
  return {
    path, runs: results,
    median: {
      performance: med('performance'), accessibility: med('accessibility'), bestPractices: med('bestPractices'), seo: med('seo'),
      lcpMs: med('lcpMs'), cls: med('cls'), tbtMs: med('tbtMs'), benchmarkIndex: med('benchmarkIndex'),
    },
    failedAudits: audits.map((id) => {
      const shown = results.map((r) => r.failedAudits[id]).filter((v) => v !== undefined);
      return `${id}: ${shown.length} of ${results.length} runs (${shown.join(', ')})`;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Text floor: the article's own text in that language, gzipped: no page can weigh less

function textFloor(locale: string): { rawBytes: number; gzipBytes: number } {
  const paragraphs = new ContentFolder(ROOT, contentDir(ROOT)).sections(locale).flatMap((s) => s.paragraphs.map(stripMarkup));
  if (!paragraphs.length) throw new Error(`no article text for ${locale}`);
  const text = Buffer.from(paragraphs.join('\n\n'), 'utf8');
  return { rawBytes: text.length, gzipBytes: gzipSize(text) };
}

// ---------------------------------------------------------------------------------------------
// 7. Budgets: "maxX" means value ≤ limit, "minX" value ≥ limit, X naming a measured metric

function pageMetrics(page: PageResult | undefined, lh: LighthouseResult | undefined): Record<string, number | null> {
  return {
    requests: page?.requests ?? null,
    totalGzipBytes: page?.total.gzip ?? null,
    textFloorRatio: page?.floor?.ratio ?? null,
    jsGzipBytes: page ? page.bytes.js.gzip + page.inlineJs.gzip : null,
    cssGzipBytes: page?.bytes.css.gzip ?? null,
    fontBytes: page?.bytes.fonts.raw ?? null,
    blockingScripts: page?.blocking.parserBlocking.length ?? null,
    crossOriginRequests: page?.crossOrigin.length ?? null,
    // Lighthouse values are null when it was skipped: those budgets are reported as not checked.
    performance: lh?.median.performance ?? null,
    accessibility: lh?.median.accessibility ?? null,
    bestPractices: lh?.median.bestPractices ?? null,
    seo: lh?.median.seo ?? null,
    lcpMs: lh?.median.lcpMs ?? null,
    cls: lh?.median.cls ?? null,
    tbtMs: lh?.median.tbtMs ?? null,
  };
}

function checkBudget(scope: string, metrics: Record<string, number | null>, budget: Budget): Check[] {
  return Object.entries(budget).filter(([key]) => !key.startsWith('$')).map(([key, limit]) => {
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
    const worse = check.value !== null && (seen?.value == null || (check.budget.startsWith('max') ? check.value > seen.value : check.value < seen.value));
    if (!seen || worse) byBudget.set(check.budget, check);
  }
  const pages = new Set(checks.map((c) => c.scope)).size;
  return [...byBudget.values()].map((c) => ({ ...c, scope: `all ${pages} pages (worst: ${c.scope})` }));
}

function checkBudgets(budgets: Budgets, buildResult: BuildResult | null, pages: PageResult[], lh: LighthouseResult[]): Check[] {
  const checks: Check[] = [];
  if (budgets.build?.maxSeconds !== undefined) {
    const value = buildResult ? round(buildResult.seconds, 1) : null;
    checks.push({ scope: 'build', budget: 'maxSeconds', value, limit: budgets.build.maxSeconds, ok: value === null ? null : value <= budgets.build.maxSeconds });
  }
  if (budgets.allPages) checks.push(...worstOf(pages.flatMap((page) => checkBudget(page.path, pageMetrics(page, undefined), budgets.allPages!))));
  for (const [path, budget] of Object.entries(budgets.pages)) {
    checks.push(...checkBudget(path, pageMetrics(pages.find((p) => p.path === path), lh.find((l) => l.path === path)), budget));
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------
// 6. Report: a markdown table for the terminal and latest.md, everything in latest.json

const kb = (bytes: number): string => (bytes === 0 ? '0' : (bytes / 1024).toFixed(1));
const both = (b: { raw: number; gzip: number }): string => (b.raw === 0 ? '0' : `${kb(b.gzip)} (${kb(b.raw)})`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function formatValue(budget: string, value: number | null): string {
  if (value === null) return '—';
  if (/Bytes$/.test(budget)) return `${value} B`;
  if (/Ratio$/.test(budget)) return `${value.toFixed(2)}×`;
  if (/Ms$/.test(budget)) return `${Math.round(value)} ms`;
  if (budget === 'maxSeconds') return `${value} s`;
  return String(round(value, 3));
}

function report(buildResult: BuildResult | null, pages: PageResult[], lh: LighthouseResult[], checks: Check[], options: Options): string {
  const out: string[] = ['# Bench', ''];
  // Timings depend on what else the machine is doing; say so next to them.
  out.push(`${new Date().toISOString()}, commit ${gitDescribe()}, Node ${process.version}, ${cpus().length} cores, load average at start ${LOAD_AT_START.map((l) => l.toFixed(1)).join(' ')}`, '');
  out.push('## Build', '');
  out.push(buildResult
    ? table(['wall time', 'CPU time', 'peak memory', 'memory measured by'], [[
      `${buildResult.seconds.toFixed(1)} s`, buildResult.cpuSeconds === null ? '?' : `${buildResult.cpuSeconds.toFixed(1)} s`,
      buildResult.peakRssMB === null ? '?' : `${buildResult.peakRssMB.toFixed(0)} MB`, buildResult.memoryMethod,
    ]])
    : 'Not built (--no-build): dist/ as found.');
  out.push('', `## First load (fresh context, ${VIEWPORT.width}×${VIEWPORT.height})`, '');
  out.push('KB gzipped (gzip -9 of each body) with raw in parentheses; JS includes inline scripts (also part of HTML); floor = the article text gzipped; ratio = total gz ÷ floor.', '');
  out.push(table(
    ['page', 'req', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'data', 'other', 'total', 'floor', 'ratio', 'blocking JS', 'other origins'],
    pages.map((p) => [
      p.path, String(p.requests),
      ...TYPES.map((t) => both(t === 'js' ? { raw: p.bytes.js.raw + p.inlineJs.raw, gzip: p.bytes.js.gzip + p.inlineJs.gzip } : p.bytes[t])),
      both(p.total),
      p.floor ? kb(p.floor.gzipBytes) : '—', p.floor ? `${p.floor.ratio.toFixed(2)}×` : '—',
      `${p.blocking.parserBlocking.length}${p.blocking.inlineInHead ? ` (+${p.blocking.inlineInHead} inline)` : ''}`, String(p.crossOrigin.length),
    ]),
  ));
  const errors = pages.flatMap((p) => p.errors.map((e) => `- ${p.path}: ${e}`));
  if (errors.length) out.push('', 'Failed or non-2xx requests:', ...errors);
  out.push('', `## Lighthouse (mobile, simulated throttling, median of ${options.runs})`, '');
  out.push(lh.length
    ? table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT', 'perf by run', 'CPU index'], lh.map((l) => [
      l.path, String(l.median.performance), String(l.median.accessibility), String(l.median.bestPractices), String(l.median.seo),
      `${(l.median.lcpMs / 1000).toFixed(2)} s`, round(l.median.cls, 3).toString(), `${Math.round(l.median.tbtMs)} ms`,
      l.runs.map((r) => r.performance).join(' '), String(l.median.benchmarkIndex),
    ]))
    : 'Skipped (--skip-lighthouse).');
  const audits = lh.flatMap((l) => l.failedAudits.map((a) => `- ${l.path}: ${a}`));
  if (audits.length) out.push('', 'Audits below 100 in some run:', ...audits);
  out.push('', '## Budgets (bench/budgets.json)', '');
  out.push(table(['scope', 'budget', 'value', 'limit', 'result'], checks.map((c) => [
    c.scope, c.budget, formatValue(c.budget, c.value), formatValue(c.budget, c.limit), c.ok === null ? 'not checked' : c.ok ? 'ok' : 'EXCEEDED',
  ])));
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function sum(values: number[]): number { return values.reduce((a, b) => a + b, 0); }
function round(value: number, digits: number): number { return Math.round(value * 10 ** digits) / 10 ** digits; }
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch { return 'unknown'; }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const options = readOptions();
  const budgets = readBudgets();
  mkdirSync(REPORT_DIR, { recursive: true });

  let buildResult: BuildResult | null = null;
  if (options.build) {
    console.log('Building (npm run build)…');
    buildResult = await build();
    console.log(`  ${buildResult.seconds.toFixed(1)} s`);
  }
  if (!existsSync(join(DIST, 'ko/index.html'))) throw new Error(`${DIST} has no built site: run without --no-build`);

  const site = gzippedCopy(DIST);
  const forgetSite = onExit(site.remove);
  const server = await serve(site.dir); // on failure the exit hook removes the copy
  const pages: PageResult[] = [];
  const lh: LighthouseResult[] = [];
  const browserPath = chromiumPath();
  try {
    console.log(`Loading pages from ${server.origin}…`);
    const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
    const forget = onExit(() => { browser.close().catch(() => {}); });
    try {
      const paths = [...new Set([...PAGES, ...Object.keys(budgets.pages)])];
      const loading = performance.now();
      for (const path of paths) pages.push(await measurePage(browser, server.origin, path));
      console.log(`  ${paths.length} pages in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
    } finally {
      await browser.close();
      forget();
    }
    for (const page of pages) {
      const locale = ARTICLE_LOCALE[page.path];
      if (!locale) continue;
      const floor = textFloor(locale);
      page.floor = { locale, ...floor, ratio: round(page.total.gzip / floor.gzipBytes, 2) };
    }
    if (options.lighthouse) {
      console.log('Lighthouse (mobile)…');
      const chromePath = browserPath ?? chromium.executablePath();
      for (const path of options.lighthouseAll ? pages.map((p) => p.path) : Object.keys(budgets.pages)) {
        lh.push(await lighthousePage(server.origin, path, options.runs, chromePath));
      }
    }
  } finally {
    server.stop();
    site.remove();
    forgetSite();
  }

  const checks = checkBudgets(budgets, buildResult, pages, lh);
  const markdown = report(buildResult, pages, lh, checks, options);
  const seconds = (performance.now() - started) / 1000;
  const result = {
    date: new Date().toISOString(), commit: gitDescribe(), node: process.version, cores: cpus().length, loadAtStart: LOAD_AT_START, options, benchSeconds: round(seconds, 1),
    build: buildResult, pages, lighthouse: lh, budgets: checks,
  };
  writeFileSync(join(REPORT_DIR, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(REPORT_DIR, 'latest.md'), markdown);
  console.log('\n' + markdown);
  console.log(`Bench took ${seconds.toFixed(0)} s; written to reports/bench/latest.{md,json}.`);

  const exceeded = checks.filter((c) => c.ok === false);
  if (exceeded.length) {
    console.error(`\n${exceeded.length} budget(s) exceeded:`);
    for (const c of exceeded) {
      const wanted = c.budget.startsWith('min') ? '≥' : '≤';
      console.error(`  ${c.scope} ${c.budget}: ${formatValue(c.budget, c.value)} (budget ${wanted} ${formatValue(c.budget, c.limit)})`);
    }
    return 1;
  }
  console.log('All budgets met.');
  return 0;
}

main().then(
  (code) => { cleanUp(); process.exit(code); },
  (error: unknown) => { cleanUp(); console.error(error instanceof Error ? error.stack ?? error.message : error); process.exit(2); },
);
