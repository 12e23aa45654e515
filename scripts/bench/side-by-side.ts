// Each article page against its text floor and its bare page (and, with --lean, its lean page), all
// measured in the same run.
import { locales, type Locale } from '../../src/i18n/locales.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageResult } from './measure.ts';
import { round } from './stats.ts';

/** The article pages, their language and where the bench serves their bare and lean pages. */
export const ARTICLE_PAGES: Record<string, { locale: Locale; bare: string; lean: string }> = Object.fromEntries(
  locales.map((locale) => [`/${locale}/`, { locale, bare: `/bare/${locale}/`, lean: `/lean/${locale}/` }]),
);

/** A page's cost over the text floor and over the bare page. */
export interface Ratios {
  path: string;
  /** The page's gzipped total over its text floor: what it costs beyond its own words. */
  textFloorRatio: number;
  /** The page's gzipped total over the bare page's. */
  bareBytesRatio: number;
  /** Median LCP of the page over the bare page's; null without Lighthouse. */
  lcpRatio: number | null;
}

export interface Comparison extends Ratios {
  bare: string;
  floor: { rawBytes: number; gzipBytes: number };
  bareTextFloorRatio: number;
  /** The lean page's ratios, when it was measured (--lean). */
  lean: Ratios | null;
}

export function compare(
  path: string,
  floor: { rawBytes: number; gzipBytes: number },
  pages: PageResult[],
  lighthouse: LighthouseResult[],
): Comparison {
  const { bare, lean } = ARTICLE_PAGES[path]!;
  const find = (p: string): PageResult | undefined => pages.find((r) => r.path === p);
  const barePage = find(bare);
  if (!barePage) throw new Error(`${bare} was not measured`);
  const lcp = (p: string): number | undefined => lighthouse.find((l) => l.path === p)?.median.lcpMs;
  const bareLcp = lcp(bare);
  const ratios = (p: string, page: PageResult): Ratios => {
    const pageLcp = lcp(p);
    return {
      path: p,
      textFloorRatio: round(page.total.gzip / floor.gzipBytes, 2),
      bareBytesRatio: round(page.total.gzip / barePage.total.gzip, 2),
      lcpRatio: pageLcp !== undefined && bareLcp ? round(pageLcp / bareLcp, 2) : null,
    };
  };
  const page = find(path);
  if (!page) throw new Error(`${path} was not measured`);
  const leanPage = find(lean);
  return {
    ...ratios(path, page),
    bare,
    floor,
    bareTextFloorRatio: round(barePage.total.gzip / floor.gzipBytes, 2),
    lean: leanPage ? ratios(lean, leanPage) : null,
  };
}
