// Each article page against its text floor and its bare page, both measured in the same run.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageResult } from './measure.ts';
import { round } from './stats.ts';

/** The article pages, their language and where the bench serves their bare page. */
export const ARTICLE_PAGES: Record<string, { locale: Locale; bare: string }> = Object.fromEntries(
  locales.map((locale) => [`/${locale}/`, { locale, bare: `/bare/${locale}/` }]),
);

export interface Comparison {
  path: string;
  bare: string;
  floor: { rawBytes: number; gzipBytes: number };
  /** The page's gzipped total over its text floor: what it costs beyond its own words. */
  textFloorRatio: number;
  bareTextFloorRatio: number;
  /** The page's gzipped total over the bare page's. */
  bareBytesRatio: number;
  /** Median LCP of the page over the bare page's; null without Lighthouse. */
  lcpRatio: number | null;
}

export function compare(
  path: string,
  floor: { rawBytes: number; gzipBytes: number },
  pages: PageResult[],
  lighthouse: LighthouseResult[],
): Comparison {
  const bare = ARTICLE_PAGES[path]!.bare;
  const find = (p: string): PageResult => {
    const page = pages.find((r) => r.path === p);
    if (!page) throw new Error(`${p} was not measured`);
    return page;
  };
  const page = find(path);
  const barePage = find(bare);
  const lcp = (p: string): number | undefined => lighthouse.find((l) => l.path === p)?.median.lcpMs;
  const [pageLcp, bareLcp] = [lcp(path), lcp(bare)];
  return {
    path,
    bare,
    floor,
    textFloorRatio: round(page.total.gzip / floor.gzipBytes, 2),
    bareTextFloorRatio: round(barePage.total.gzip / floor.gzipBytes, 2),
    bareBytesRatio: round(page.total.gzip / barePage.total.gzip, 2),
    lcpRatio: pageLcp !== undefined && bareLcp ? round(pageLcp / bareLcp, 2) : null,
  };
}
