// The bench's report as markdown, for the terminal and reports/bench/latest.md.
import { lcpOverBare, type Check, type Measured } from './budgets.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { growthFactor, marginalGrowth, pageBytes, type Cost, type GrowthRow } from './growth.ts';
import { VIEWPORT } from './shared.ts';
import { THROTTLING } from './throttled.ts';

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ms = (value: number | null | undefined): string => (value == null ? '—' : `${Math.round(value)} ms`);
/** CLS to three significant digits: a shift of 0.0001 is still one, and over a budget of 0. */
const cls = (value: number): string => String(Number(value.toPrecision(3)));
const times = (value: number | null): string => (value === null ? '—' : `${value.toFixed(2)}×`);

/** A markdown table, padded to read in a terminal too: one column per key, its cell from each row. */
function table<T>(rows: T[], columns: Record<string, (row: T) => string | number>): string {
  const cells = [Object.keys(columns), ...rows.map((row) => Object.values(columns).map((cell) => String(cell(row))))];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function formatValue(budget: string, value: number | null): string {
  if (value === null) return '—';
  if (/Ratio$|Marginal/.test(budget)) return times(value);
  if (/Bytes$/.test(budget)) return `${value} B`;
  if (/Share$/.test(budget)) return `${Math.round(value * 100)}% of runs`;
  if (/Ms$/.test(budget)) return ms(value);
  if (budget === 'maxSeconds') return `${value} s`;
  return cls(value);
}

/** A titled list, or nothing when there is nothing to list. */
const list = (title: string, items: string[]): string[] =>
  items.length ? [`${title}\n\n${items.map((i) => `- ${i}`).join('\n')}`] : [];

function lighthouseTable(m: Measured): string {
  const medians = m.lighthouse.map((l) => ({ path: l.path, lcpMs: l.median.lcpMs }));
  const each = (key: keyof LighthouseResult['median']) => (l: LighthouseResult) => l.runs.map((r) => r[key]).join(' ');
  return table(m.lighthouse, {
    page: (l) => l.path,
    perf: each('performance'),
    a11y: each('accessibility'),
    'best pr.': each('bestPractices'),
    SEO: each('seo'),
    'all four 100': (l) => `${l.perfectRuns} of ${l.runs.length}`,
    FCP: (l) => ms(l.median.fcpMs),
    LCP: (l) => ms(l.median.lcpMs),
    'LCP − FCP': (l) => ms(l.median.lcpMinusFcpMs),
    'LCP × bare': (l) => times(lcpOverBare(medians, l.path)),
    TBT: (l) => ms(l.median.tbtMs),
    CLS: (l) => cls(l.median.cls),
    'CPU index': each('benchmarkIndex'),
  });
}

function growthTables(rows: GrowthRow[]): string[] {
  const content = rows.at(-1)!.scale / rows[0]!.scale;
  type Row = [string, Cost, (v: number) => string];
  const costs: Row[] = [
    ['build CPU time', (g) => g.build.cpuSeconds, (v) => `${v.toFixed(1)} s`],
    ['build wall time', (g) => g.build.seconds, (v) => `${v.toFixed(1)} s`],
    ['peak memory', (g) => g.build.peakRssMB, (v) => `${v.toFixed(0)} MB`],
    ...rows[0]!.pages.map((p): Row => [`${p.path}, KB raw`, pageBytes(p.path), kb]),
  ];
  // A last step that added less than nothing is noise (memory after a lucky collection), not a rate.
  const step = (v: number | null): string => (v !== null && v < 0 ? 'fell' : times(v));
  return [
    rows
      .map((g) => `×${g.scale}: ${g.sections} sections, ${g.paragraphs} paragraphs, ${g.glossaryTerms} terms.`)
      .join(' '),
    `How much each cost grew from ×${rows[0]!.scale} to ×${rows.at(-1)!.scale} (content ×${content}; totals grow slower than the content because of fixed costs), and the cost added per unit of content in the last step over that in the first (about 1 = linear, well above 1 = faster than the content).`,
    table(costs, {
      cost: ([label]) => label,
      ...Object.fromEntries(
        rows.map((g) => [`×${g.scale}`, ([, cost, show]: Row) => ((v) => (v == null ? '—' : show(v)))(cost(g))]),
      ),
      [`grew (content ×${content})`]: ([, cost]) => times(growthFactor(rows, cost)),
      'added per unit, last step over first': ([, cost]) => step(marginalGrowth(rows, cost)),
    }),
  ];
}

export function report(header: string, m: Measured, checks: Check[]): string {
  const b = m.build;
  const { rttMs, downKbps, upKbps, cpuSlowdown } = THROTTLING;
  return (
    [
      '# Bench',
      header,
      '## Build',
      b
        ? `${b.seconds.toFixed(1)} s wall, ${b.cpuSeconds.toFixed(1)} s CPU, ${b.peakRssMB.toFixed(0)} MB peak memory (GNU time: the largest process of the build).`
        : 'Not built (--no-build): dist/ as found.',
      '## Article pages beside their bare pages, throttled for real',
      `Measured in the browser, not simulated: Chromium with the network and CPU throttled through the DevTools protocol (${rttMs} ms round trip per request, ${downKbps / 1000} Mbit/s down, ${upKbps} kbit/s up, CPU ${cpuSlowdown}× slower), a fresh context each run, ${VIEWPORT.width}×${VIEWPORT.height}, and a stand-in speechSynthesis with Korean and English voices, so that Listen shows as on a phone. Medians of the runs, taken in turns: FCP, LCP, when the page script said it was ready (data-ready), ready − FCP (each run's difference; the goal is at most one round trip); and the largest CLS of the runs (every shift of a load, summed: the run gives no input). The reader has stored the dark theme: the theme column counts the runs whose control showed it in the first frame that painted it, of the runs where the page script had not run by then. LCP × bare is over the text-alone bare page (/bare/); /bare-definitions/ adds the terms' definitions as a list. HTML gzip -9, against a new connection's first flight (14,600 B, less the response headers: the budget is 14,000 B).`,
      table(m.throttled, {
        page: (t) => t.path,
        'HTML, gz -9': (t) => `${m.pages.find((p) => p.path === t.path)?.gzipBytes.html} B`,
        FCP: (t) => ms(t.fcpMs),
        LCP: (t) => ms(t.lcpMs),
        'LCP × bare': (t) => times(lcpOverBare(m.throttled, t.path)),
        'script ready': (t) => ms(t.readyMs),
        'ready − FCP': (t) => ms(t.readyAfterFcpMs),
        CLS: (t) => cls(t.cls),
        'stored theme shown, before the script': (t) => (t.theme ? `${t.theme.shown} of ${t.theme.of}` : '—'),
        runs: (t) => t.runs.length,
      }),
      '## The same pages, simulated (Lighthouse)',
      "Lighthouse's default mobile config with its simulated throttling (Lantern): a model of the load, not what a browser did. Each run's scores (performance, accessibility, best practices, SEO) and CPU index, the runs scoring 100 in all four, and the medians of the timings (LCP − FCP: of each run's difference); same server, same run.",
      m.lighthouse.length ? lighthouseTable(m) : 'Skipped (--skip-lighthouse).',
      ...list(
        'Audits below 100 in some run:',
        m.lighthouse.flatMap((l) => l.failedAudits.map((a) => `${l.path}: ${a}`)),
      ),
      `## First load of every page (fresh context, ${VIEWPORT.width}×${VIEWPORT.height}, unthrottled)`,
      'Gzipped (-9); JS includes the inline scripts (also part of the HTML); fonts as delivered; other: images, data, the rest.',
      table(m.pages, {
        page: (p) => p.path,
        req: (p) => p.requests,
        'HTML, B': (p) => p.gzipBytes.html,
        'CSS, KB': (p) => kb(p.gzipBytes.css),
        'JS, KB': (p) => kb(p.gzipBytes.js),
        'fonts, KB': (p) => kb(p.gzipBytes.fonts),
        'other, KB': (p) => kb(p.gzipBytes.other),
        'total, KB': (p) => kb(p.gzipBytes.total),
        'blocking JS': (p) => p.blockingScripts.length,
        'other origins': (p) => p.crossOrigin.length,
      }),
      ...list(
        'Failed or non-2xx requests:',
        m.pages.flatMap((p) => p.errors.map((e) => `${p.path}: ${e}`)),
      ),
      '## Growth (synthetic content N times larger)',
      ...(m.growth.length ? growthTables(m.growth) : ['Skipped (--no-growth).']),
      '## Budgets (bench/budgets.json)',
      table(checks, {
        scope: (c) => c.scope,
        budget: (c) => c.budget,
        value: (c) => formatValue(c.budget, c.value),
        limit: (c) => formatValue(c.budget, c.limit),
        result: (c) => (c.ok === null ? 'not checked' : c.ok ? 'ok' : 'EXCEEDED'),
      }),
    ].join('\n\n') + '\n'
  );
}
