// Event dates at the precision the article gives: "2019" or "2024-07".
import type { Locale } from '../i18n/locales.ts';

export function formatEventDate(date: string, locale: Locale): string {
  const [year, month] = date.split('-').map(Number);
  const parts: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(Date.UTC(year!, (month ?? 1) - 1, 1));
}
