// Event dates at the precision the article gives: "2019" or "2024-07".
import type { Locale } from '../i18n/locales.ts';

export function formatEventDate(date: string, locale: Locale): string {
  const [year, month] = date.split('-').map(Number);
  if (!month) return locale === 'ko' ? `${year}년` : String(year);
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month - 1, 1));
}
