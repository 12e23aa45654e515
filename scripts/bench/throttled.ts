// Pages loaded as a reader on a slow phone gets them, measured in the browser rather than simulated:
// Chromium with its network and CPU throttled for real through the DevTools protocol (every
// request waits out the round trip, every byte the bandwidth, every task runs four times slower),
// a fresh context each run (nothing cached), a phone's viewport, and speech with Korean and English
// voices (a stand-in for the platform's, so that Listen shows as it does on a phone). The reader has
// chosen the dark theme before (stored), so the run also sees whether the theme control shows that
// choice as it is first painted, before the page script has run.
import type { Browser } from '@playwright/test';
import { STORAGE_KEYS } from '../../src/shared/storage-keys.ts';
import { installSpeechStandIn, type StandInOptions } from '../../tests/engines/speech-stand-in.ts';
import { VIEWPORT } from './measure.ts';
import { median } from './stats.ts';

/** Lighthouse's mobile figures (a slow 4G phone), applied by the browser itself. */
export const THROTTLING = { rttMs: 150, downKbps: 1600, upKbps: 750, cpuSlowdown: 4 };
/** The theme the reader is taken to have chosen. */
const STORED_THEME = 'dark';

export interface ThrottledRun {
  fcpMs: number;
  lcpMs: number;
  /** When the page script said it had run (data-ready on <html>); null on a page without one. */
  readyMs: number | null;
  /** Every layout shift, summed over the load. */
  cls: number;
  /** The theme control's value in the first frame that paints it, and whether the page script
   *  had run by then; null on a page without the control. */
  themeAtFirstPaint: { value: string; scriptRan: boolean } | null;
}

export interface ThrottledResult {
  path: string;
  runs: ThrottledRun[];
  median: { fcpMs: number; lcpMs: number; readyMs: number | null; readyAfterFcpMs: number | null; cls: number };
  /** Runs whose theme control showed the stored theme in its first frame, before the page script
   *  had run, and runs whose script ran before that frame (which tell nothing of the control). */
  theme: { shownRuns: number; scriptFirstRuns: number } | null;
}

interface Recorded {
  fcp?: number;
  lcp?: number;
  ready?: number;
  cls: number;
  theme?: { value: string; scriptRan: boolean };
}

/** Runs in the page before its own scripts: records the paints, the shifts and the ready mark. */
function recordLoad({ themeKey, theme }: { themeKey: string; theme: string }): void {
  localStorage.setItem(themeKey, theme);
  const seen: Recorded = { cls: 0 };
  (window as unknown as { __load: Recorded }).__load = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // The theme control as the first frame that has it paints it: animation frame callbacks run
  // just before their frame is painted.
  const firstFrame = () => {
    const select = document.querySelector<HTMLSelectElement>('#theme');
    if (select) seen.theme = { value: select.value, scriptRan: 'ready' in document.documentElement.dataset };
    else if (document.readyState === 'loading') requestAnimationFrame(firstFrame);
  };
  requestAnimationFrame(firstFrame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Every shift counts, as in Lighthouse: the run gives no input, and Chromium marks the shifts
  // after a mobile viewport's emulation as following input (hadRecentInput) all the same.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number }[]) seen.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // The document, as <html> is not parsed yet when this runs.
  new MutationObserver(() => {
    if ('ready' in document.documentElement.dataset) seen.ready ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
}

const VOICES: StandInOptions = {
  voices: [
    { name: 'Korean', lang: 'ko-KR' },
    { name: 'English', lang: 'en-US' },
  ],
  markSelector: '.reading',
};

/** What settles after the load: the largest paint and any shift come from the last frames. */
const SETTLE_MS = 1500;

async function loadOnce(browser: Browser, url: string): Promise<ThrottledRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true });
  try {
    await context.addInitScript(installSpeechStandIn, VOICES);
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
    const seen = await page.evaluate(() => (window as unknown as { __load: Recorded }).__load);
    if (seen.fcp === undefined || seen.lcp === undefined) throw new Error(`${url}: no paint recorded`);
    const hasScript = await page.evaluate(() => !!document.querySelector('script[src]'));
    if (hasScript && seen.ready === undefined) throw new Error(`${url}: the page script never said it was ready`);
    return {
      fcpMs: seen.fcp,
      lcpMs: seen.lcp,
      readyMs: seen.ready ?? null,
      cls: seen.cls,
      themeAtFirstPaint: seen.theme ?? null,
    };
  } finally {
    await context.close();
  }
}

/** `runs` loads of every path, taken in turns, so that a page and its bare pages see the machine alike. */
export async function throttledPages(
  browser: Browser,
  origin: string,
  paths: string[],
  runs: number,
): Promise<ThrottledResult[]> {
  const measured = new Map(paths.map((path) => [path, [] as ThrottledRun[]]));
  for (let i = 1; i <= runs; i++) {
    for (const path of paths) {
      const run = await loadOnce(browser, origin + path);
      measured.get(path)!.push(run);
      const ready = run.readyMs === null ? '' : `, ready ${Math.round(run.readyMs)} ms`;
      console.log(
        `  throttled ${path} run ${i}/${runs}: FCP ${Math.round(run.fcpMs)} ms, LCP ${Math.round(run.lcpMs)} ms${ready}, CLS ${run.cls.toFixed(3)}`,
      );
    }
  }
  return paths.map((path) => summarise(path, measured.get(path)!));
}

function summarise(path: string, runs: ThrottledRun[]): ThrottledResult {
  const withScript = runs.every((r) => r.readyMs !== null);
  const themed = runs.filter((r) => r.themeAtFirstPaint);
  return {
    path,
    runs,
    median: {
      fcpMs: median(runs.map((r) => r.fcpMs)),
      lcpMs: median(runs.map((r) => r.lcpMs)),
      readyMs: withScript ? median(runs.map((r) => r.readyMs!)) : null,
      readyAfterFcpMs: withScript ? median(runs.map((r) => r.readyMs! - r.fcpMs)) : null,
      cls: median(runs.map((r) => r.cls)),
    },
    theme: themed.length
      ? {
          shownRuns: themed.filter(
            (r) => r.themeAtFirstPaint!.value === STORED_THEME && !r.themeAtFirstPaint!.scriptRan,
          ).length,
          scriptFirstRuns: themed.filter((r) => r.themeAtFirstPaint!.scriptRan).length,
        }
      : null,
  };
}
