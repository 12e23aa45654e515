// Pages loaded as a reader on a slow phone gets them, in Chromium throttled for real through the
// DevTools protocol rather than simulated, with speech voices (so that Listen shows as on a phone)
// and the dark theme stored, to see whether the theme control shows it as first painted.
import type { Browser } from '@playwright/test';
import { STORAGE_KEYS } from '../../src/shared/storage-keys.ts';
import { installSpeechStandIn, type StandInOptions } from '../../tests/engines/speech-stand-in.ts';
import { median, VIEWPORT } from './shared.ts';

/** Lighthouse's mobile figures (a slow 4G phone), applied by the browser itself. */
export const THROTTLING = { rttMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };
const STORED_THEME = 'dark';
/** What settles after the load: the largest paint and any shift come from the last frames. */
const SETTLE_MS = 1500;
const VOICES: StandInOptions['voices'] = [
  { name: 'Korean', lang: 'ko-KR' },
  { name: 'English', lang: 'en-US' },
];

export interface ThrottledRun {
  fcp: number;
  lcp: number;
  /** When the page script said it had run (data-ready on <html>); absent on a page without one. */
  ready?: number;
  /** Every layout shift, summed over the load. */
  cls: number;
  /** The theme control's value in the first frame that paints it, and whether the page script had run by then. */
  theme?: { value: string; scriptRan: boolean };
}

export type ThrottledResult = Awaited<ReturnType<typeof throttledPages>>[number];

/** Runs in the page before its own scripts: records the paints, the shifts and the ready mark. */
function recordLoad({ themeKey, theme }: { themeKey: string; theme: string }): void {
  localStorage.setItem(themeKey, theme);
  const seen: ThrottledRun = { fcp: NaN, lcp: NaN, cls: 0 };
  (window as unknown as { __load: ThrottledRun }).__load = seen;
  const observe = (type: string, record: (entry: PerformanceEntry & { value?: number }) => void): void =>
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => (seen.lcp = entry.startTime));
  // Every shift counts, as in Lighthouse: the run gives no input, and Chromium marks the shifts
  // after a mobile viewport's emulation as following input (hadRecentInput) all the same.
  observe('layout-shift', (entry) => (seen.cls += entry.value ?? 0));
  // The theme control as the first frame that paints it: animation frame callbacks run just before
  // their frame is painted, and the header keeps its links from sight until it has arrived whole.
  const firstFrame = (): void => {
    const select = document.querySelector<HTMLSelectElement>('#theme');
    if (select && getComputedStyle(select).visibility === 'visible')
      seen.theme = { value: select.value, scriptRan: 'ready' in document.documentElement.dataset };
    else if (document.readyState === 'loading') requestAnimationFrame(firstFrame);
  };
  requestAnimationFrame(firstFrame);
  // The document, as <html> is not parsed yet when this runs.
  new MutationObserver(() => {
    if ('ready' in document.documentElement.dataset) seen.ready ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

async function loadOnce(browser: Browser, url: string): Promise<ThrottledRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true });
  try {
    await context.addInitScript(installSpeechStandIn, { voices: VOICES, markSelector: '.reading' });
    await context.addInitScript(recordLoad, { themeKey: STORAGE_KEYS.theme, theme: STORED_THEME });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.rttMs,
      downloadThroughput: (THROTTLING.downKbps * 1000) / 8,
      uploadThroughput: (THROTTLING.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    const seen = await page.evaluate(() => (window as unknown as { __load: ThrottledRun }).__load);
    if (!(seen.fcp >= 0 && seen.lcp >= 0)) throw new Error(`${url}: no paint recorded`);
    const hasScript = await page.evaluate(() => !!document.querySelector('script[src]'));
    if (hasScript && seen.ready === undefined) throw new Error(`${url}: the page script never said it was ready`);
    return seen;
  } finally {
    await context.close();
  }
}

/** `runs` loads of every path, taken in turns, so that a page and its bare pages see the machine alike. */
export async function throttledPages(browser: Browser, origin: string, paths: string[], runs: number) {
  const measured = new Map(paths.map((path) => [path, [] as ThrottledRun[]]));
  for (let i = 1; i <= runs; i++)
    for (const path of paths) {
      const run = await loadOnce(browser, origin + path);
      measured.get(path)!.push(run);
      const ready = run.ready === undefined ? '' : `, ready ${Math.round(run.ready)} ms`;
      console.log(
        `  throttled ${path} run ${i}/${runs}: FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms${ready}, CLS ${run.cls.toFixed(3)}`,
      );
    }
  // Medians of the runs (readyAfterFcpMs: of each run's difference); CLS the largest, as its goal is none in any run.
  return paths.map((path) => {
    const runs = measured.get(path)!;
    const withScript = runs.every((r) => r.ready !== undefined);
    const themed = runs.filter((r) => r.theme && !r.theme.scriptRan);
    return {
      path,
      runs,
      fcpMs: median(runs.map((r) => r.fcp)),
      lcpMs: median(runs.map((r) => r.lcp)),
      readyMs: withScript ? median(runs.map((r) => r.ready!)) : null,
      readyAfterFcpMs: withScript ? median(runs.map((r) => r.ready! - r.fcp)) : null,
      cls: Math.max(...runs.map((r) => r.cls)),
      // Of the runs whose theme control was painted before the page script ran, those showing the
      // stored theme (a run whose script came first tells nothing of the control); null without one.
      theme: runs.some((r) => r.theme)
        ? { shown: themed.filter((r) => r.theme!.value === STORED_THEME).length, of: themed.length }
        : null,
    };
  });
}
