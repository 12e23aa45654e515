// The bench's report as markdown, for the terminal and reports/bench/latest.md.
import type { Check } from './budgets.ts';
import type { BuildResult } from './build.ts';
import { growthFactor, marginalGrowth, type GrowthRow } from './growth.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { jsGzipBytes, TYPES, VIEWPORT, type PageResult } from './measure.ts';
import type { Options } from './options.ts';
import { THROTTLING, type ThrottledResult } from './throttled.ts';
import { FIRST_FLIGHT_BYTES, type Comparison } from './side-by-side.ts';
import { round } from './stats.ts';

export interface BenchResult {
  header: string;
  options: Options;
  build: BuildResult | null;
  pages: PageResult[];
  throttled: ThrottledResult[];
  lighthouse: LighthouseResult[];
  sides: Comparison[];
  growth: GrowthRow[];
  checks: Check[];
}

const kb = (bytes: number): string => (bytes === 0 ? '0' : (bytes / 1024).toFixed(1));
const both = (b: { raw: number; gzip: number }): string => (b.raw === 0 ? '0' : `${kb(b.gzip)} (${kb(b.raw)})`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatValue(budget: string, value: number | null): string {
  if (value === null) return '—';
  if (/Ratio$|^(max|min)Marginal/.test(budget)) return `${value.toFixed(2)}×`;
  if (/Bytes$/.test(budget)) return `${value} B`;
  if (/Share$/.test(budget)) return `${Math.round(value * 100)}% of runs`;
  if (/Ms$/.test(budget)) return `${Math.round(value)} ms`;
  if (budget === 'maxSeconds') return `${value} s`;
  return String(round(value, 3));
}

function buildSection(build: BuildResult | null): string {
  if (!build) return 'Not built (--no-build): dist/ as found.';
  return table(
    ['wall time', 'CPU time', 'peak memory', 'memory measured by'],
    [
      [
        `${build.seconds.toFixed(1)} s`,
        build.cpuSeconds === null ? '?' : `${build.cpuSeconds.toFixed(1)} s`,
        build.peakRssMB === null ? '?' : `${build.peakRssMB.toFixed(0)} MB`,
        build.memoryMethod,
      ],
    ],
  );
}

function sideBySide(r: BenchResult): string {
  const ms = (v: number | null): string => (v === null ? '—' : `${Math.round(v)} ms`);
  const rows = r.sides.flatMap((side) =>
    [side, side.bare, side.bareDefinitions].map((row) => {
      const page = r.pages.find((p) => p.path === row.path)!;
      const lh = r.lighthouse.find((l) => l.path === row.path);
      const m = lh?.median;
      return [
        row.path,
        String(page.requests),
        `${row.htmlGzipBytes} B`,
        kb(jsGzipBytes(page)),
        m ? `${m.performance} / ${m.accessibility} / ${m.bestPractices} / ${m.seo}` : '—',
        lh ? `${lh.perfectRuns} of ${lh.runs.length}` : '—',
        ms(row.fcpMs),
        ms(row.lcpMs),
        ms(row.lcpMinusFcpMs),
        row.lcpRatio === null ? '—' : `${row.lcpRatio.toFixed(2)}×`,
        m ? `${Math.round(m.tbtMs)} ms` : '—',
      ];
    }),
  );
  return table(
    [
      'page',
      'req',
      'HTML, gz -9',
      'JS, KB gz',
      'Lighthouse (median)',
      'all four 100',
      'FCP',
      'LCP',
      'LCP − FCP',
      'LCP × bare',
      'TBT',
    ],
    rows,
  );
}

function sideBySideThrottled(r: BenchResult): string {
  const ms = (v: number | null | undefined): string => (v == null ? '—' : `${Math.round(v)} ms`);
  const rows = r.sides.flatMap((side) =>
    [side, side.bare, side.bareDefinitions].map((row) => {
      const t = row.throttled;
      const runs = r.throttled.find((x) => x.path === row.path)?.runs.length ?? 0;
      return [
        row.path,
        `${row.htmlGzipBytes} B`,
        ms(t?.fcpMs),
        ms(t?.lcpMs),
        t ? `${t.lcpRatio.toFixed(2)}×` : '—',
        ms(t?.readyMs),
        ms(t?.readyAfterFcpMs),
        t ? String(round(t.cls, 4)) : '—',
        t?.theme ? `${t.theme.shownRuns} of ${runs - t.theme.scriptFirstRuns}` : '—',
        String(runs),
      ];
    }),
  );
  return table(
    [
      'page',
      'HTML, gz -9',
      'FCP',
      'LCP',
      'LCP × bare',
      'script ready',
      'ready − FCP',
      'CLS',
      'stored theme shown, before the script',
      'runs',
    ],
    rows,
  );
}

function firstLoad(pages: PageResult[]): string {
  return table(
    ['page', 'req', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'data', 'other', 'total', 'blocking JS', 'other origins'],
    pages.map((p) => [
      p.path,
      String(p.requests),
      ...TYPES.map((t) =>
        both(t === 'js' ? { raw: p.bytes.js.raw + p.inlineJs.raw, gzip: jsGzipBytes(p) } : p.bytes[t]),
      ),
      both(p.total),
      `${p.blocking.parserBlocking.length}${p.blocking.inlineInHead ? ` (+${p.blocking.inlineInHead} inline)` : ''}`,
      String(p.crossOrigin.length),
    ]),
  );
}

function lighthouseRuns(lh: LighthouseResult[]): string {
  return table(
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index'],
    lh.map((l) => [
      l.path,
      l.runs.map((x) => x.performance).join(' '),
      l.runs.map((x) => x.accessibility).join(' '),
      l.runs.map((x) => x.bestPractices).join(' '),
      l.runs.map((x) => x.seo).join(' '),
      l.runs.map((x) => (x.fcpMs / 1000).toFixed(2)).join(' '),
      l.runs.map((x) => (x.lcpMs / 1000).toFixed(2)).join(' '),
      l.runs.map((x) => Math.round(x.tbtMs)).join(' '),
      String(round(l.median.cls, 3)),
      l.runs.map((x) => x.benchmarkIndex).join(' '),
    ]),
  );
}

function growthSection(rows: GrowthRow[]): string[] {
  const out = [
    table(
      [
        'scale',
        'sections',
        'paragraphs',
        'terms',
        'build',
        'CPU',
        'peak memory',
        'largest page, KB raw (gz)',
        ...rows[0]!.pages.map((p) => `${p.path} B raw per paragraph`),
      ],
      rows.map((g) => [
        `×${g.scale}`,
        String(g.sections),
        String(g.paragraphs),
        String(g.glossaryTerms),
        `${g.build.seconds.toFixed(1)} s`,
        g.build.cpuSeconds === null ? '?' : `${g.build.cpuSeconds.toFixed(1)} s`,
        g.build.peakRssMB === null ? '?' : `${g.build.peakRssMB.toFixed(0)} MB`,
        `${g.largest.path} ${kb(g.largest.rawBytes)} (${kb(g.largest.gzipBytes)})`,
        ...g.pages.map((p) => `${p.rawPerParagraph} (${kb(p.rawBytes)} KB)`),
      ]),
    ),
  ];
  if (rows.length < 2) return out;
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const content = last.scale / first.scale;
  const costs: [string, (g: GrowthRow) => number | null][] = [
    ['build CPU time', (g) => g.build.cpuSeconds],
    ['build wall time', (g) => g.build.seconds],
    ['peak memory', (g) => g.build.peakRssMB],
    ['largest page, raw', (g) => g.largest.rawBytes],
    ...first.pages.map((p, i): [string, (g: GrowthRow) => number | null] => [
      `${p.path}, raw`,
      (g) => g.pages[i]!.rawBytes,
    ]),
  ];
  const x = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)}×`);
  // A last step that added less than nothing is noise (memory after a lucky collection), not a rate.
  const step = (v: number | null): string => (v !== null && v < 0 ? 'fell' : x(v));
  out.push(
    '',
    `From ×${first.scale} to ×${last.scale} (content ×${content}): how much each cost grew, and the cost added per unit of content in the last step over that in the first (about 1 = linear, well above 1 = faster than the content; totals grow slower than the content because of fixed costs).`,
    '',
  );
  out.push(
    table(
      ['cost', `grew (content ×${content})`, 'added per unit, last step over first'],
      costs.map(([label, cost]) => [label, x(growthFactor(rows, cost)), step(marginalGrowth(rows, cost))]),
    ),
  );
  out.push('', 'Every page, KB raw at each scale:', '');
  const raw = (g: GrowthRow, path: string): number | null => g.allPages.find((p) => p.path === path)?.rawBytes ?? null;
  out.push(
    table(
      ['page', ...rows.map((g) => `×${g.scale}`), `grew (content ×${content})`, 'added per unit, last step over first'],
      first.allPages.map(({ path }) => [
        path,
        ...rows.map((g) => {
          const v = raw(g, path);
          return v === null ? '—' : kb(v);
        }),
        x(growthFactor(rows, (g) => raw(g, path))),
        step(marginalGrowth(rows, (g) => raw(g, path))),
      ]),
    ),
  );
  return out;
}

export function report(r: BenchResult): string {
  const out: string[] = ['# Bench', '', r.header, ''];
  out.push('## Build', '', buildSection(r.build));
  out.push('', '## Article pages beside their bare pages, throttled for real', '');
  out.push(
    `Measured in the browser, not simulated: Chromium with the network and CPU throttled through the DevTools protocol (${THROTTLING.rttMs} ms round trip per request, ${THROTTLING.downKbps / 1000} Mbit/s down, ${THROTTLING.upKbps} kbit/s up, CPU ${THROTTLING.cpuSlowdown}× slower), a fresh context each run, ${VIEWPORT.width}×${VIEWPORT.height}, and a stand-in speechSynthesis with Korean and English voices, so that Listen shows as on a phone. Medians of the runs: FCP, LCP, when the page script said it was ready (data-ready), ready − FCP (each run's difference; the goal is at most one round trip), CLS (every shift of the load, summed: the run gives no input). The reader has stored the dark theme: the last column counts the runs whose theme control showed it in the first frame that painted it, of the runs where the page script had not run by then. LCP × bare is over the text-alone page.`,
    '',
  );
  out.push(r.throttled.length ? sideBySideThrottled(r) : 'Not measured.');
  out.push('', '## Article pages beside their bare pages, simulated (Lighthouse)', '');
  out.push(
    `Lighthouse's simulated throttling (Lantern): a model of the load, not what a browser did; kept beside the figures above. Same server, same run. Bare pages: the text alone (/bare/), and the text with its terms' definitions as a list (/bare-definitions/). HTML gzip -9, against the first flight of a new connection (${FIRST_FLIGHT_BYTES} B, less the response headers: the budget is 14,000 B); FCP, LCP and LCP − FCP are Lighthouse medians (LCP − FCP is the median of each run's difference); LCP × bare is over the text-alone page; Lighthouse = performance / accessibility / best practices / SEO; "all four 100" counts runs.`,
    '',
  );
  out.push(sideBySide(r));
  out.push('', `## First load of every page (fresh context, ${VIEWPORT.width}×${VIEWPORT.height})`, '');
  out.push('KB gzipped with raw in parentheses; JS includes inline scripts (also part of HTML).', '');
  out.push(firstLoad(r.pages));
  const errors = r.pages.flatMap((p) => p.errors.map((e) => `- ${p.path}: ${e}`));
  if (errors.length) out.push('', 'Failed or non-2xx requests:', ...errors);
  out.push('', `## Lighthouse (mobile, simulated throttling), every run`, '');
  out.push(r.lighthouse.length ? lighthouseRuns(r.lighthouse) : 'Skipped (--skip-lighthouse).');
  const audits = r.lighthouse.flatMap((l) => l.failedAudits.map((a) => `- ${l.path}: ${a}`));
  if (audits.length) out.push('', 'Audits below 100 in some run:', ...audits);
  out.push('', '## Growth (synthetic content N times larger)', '');
  out.push(...(r.growth.length ? growthSection(r.growth) : ['Skipped (--no-growth).']));
  out.push('', '## Budgets (bench/budgets.json)', '');
  out.push(
    table(
      ['scope', 'budget', 'value', 'limit', 'result'],
      r.checks.map((c) => [
        c.scope,
        c.budget,
        formatValue(c.budget, c.value),
        formatValue(c.budget, c.limit),
        c.ok === null ? 'not checked' : c.ok ? 'ok' : 'EXCEEDED',
      ]),
    ),
  );
  return out.join('\n') + '\n';
}
