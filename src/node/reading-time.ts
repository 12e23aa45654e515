// Reading time shown under the article's title. Korean is counted in characters, English in words:
// the usual measures for each script.
import type { Locale } from '../i18n/locales.ts';

const RATE: Record<Locale, { perMinute: number; count: (text: string) => number }> = {
  ko: { perMinute: 500, count: (text) => text.replace(/\s+/g, '').length },
  en: { perMinute: 230, count: (text) => text.split(/\s+/).filter(Boolean).length },
};

export function readingMinutes(text: string, locale: Locale): number {
  const { perMinute, count } = RATE[locale];
  return Math.max(1, Math.round(count(text) / perMinute));
}
