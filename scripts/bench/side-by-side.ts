// Each article page beside its two bare pages (the text alone, and the text with its terms'
// definitions), all measured in the same run: the first flight, the first and largest paints, as
// Chromium throttled for real saw them (throttled.ts) and as Lighthouse simulated them.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageResult } from './measure.ts';
import type { ThrottledResult } from './throttled.ts';
import { round } from './stats.ts';

/** The article pages, their language and where the bench serves their bare pages. */
export const ARTICLE_PAGES: Record<string, { locale: Locale; bare: string; bareDefinitions: string }> =
  Object.fromEntries(
    locales.map((locale) => [
      `/${locale}/`,
      { locale, bare: `/bare/${locale}/`, bareDefinitions: `/bare-definitions/${locale}/` },
    ]),
  );

/** A new connection's first flight: 10 segments of 1,460 bytes (RFC 6928's initial window). */
export const FIRST_FLIGHT_BYTES = 14_600;

/** One page of the comparison: its HTML and paints, and its LCP over the bare page's. */
export interface PaintRow {
  path: string;
  /** The HTML document, gzip -9: what must fit in the first flight with the response headers. */
  htmlGzipBytes: number;
  /** Lighthouse medians; null without Lighthouse. */
  fcpMs: number | null;
  lcpMs: number | null;
  /** Median over the runs of LCP − FCP: 0 when the largest paint is the first. */
  lcpMinusFcpMs: number | null;
  /** Median LCP over the bare page's (the text alone) in the same run. */
  lcpRatio: number | null;
  /** The same, throttled for real; null when not measured. */
  throttled: (ThrottledResult['median'] & { lcpRatio: number; theme: ThrottledResult['theme'] }) | null;
}

export interface Comparison extends PaintRow {
  bare: PaintRow;
  bareDefinitions: PaintRow;
}

export function compare(
  path: string,
  pages: PageResult[],
  lighthouse: LighthouseResult[],
  throttled: ThrottledResult[],
): Comparison {
  const { bare, bareDefinitions } = ARTICLE_PAGES[path]!;
  const bareLcp = lighthouse.find((l) => l.path === bare)?.median.lcpMs;
  const bareThrottledLcp = throttled.find((t) => t.path === bare)?.median.lcpMs;
  const row = (p: string): PaintRow => {
    const page = pages.find((r) => r.path === p);
    if (!page) throw new Error(`${p} was not measured`);
    const lh = lighthouse.find((l) => l.path === p)?.median;
    const real = throttled.find((t) => t.path === p);
    return {
      path: p,
      htmlGzipBytes: page.bytes.html.gzip,
      fcpMs: lh?.fcpMs ?? null,
      lcpMs: lh?.lcpMs ?? null,
      lcpMinusFcpMs: lh?.lcpMinusFcpMs ?? null,
      lcpRatio: lh && bareLcp ? round(lh.lcpMs / bareLcp, 2) : null,
      throttled:
        real && bareThrottledLcp
          ? { ...real.median, lcpRatio: round(real.median.lcpMs / bareThrottledLcp, 2), theme: real.theme }
          : null,
    };
  };
  return { ...row(path), bare: row(bare), bareDefinitions: row(bareDefinitions) };
}
