// schema.org NewsArticle data for the article pages: the Korean original and its English
// translation, each naming itself by its address (@id) and pointing at the other by the other's:
// each page describes itself once, and the article page's first round trip carries no other
// page's headline.
import { absoluteUrl, localePath, sitePath } from '../i18n/index.ts';
import { locales, sourceLocale, type Locale } from '../i18n/locales.ts';
import type { ArticleMeta, SourceInfo } from './schemas.ts';

export function articleJsonLd(
  locale: Locale,
  meta: Record<Locale, ArticleMeta>,
  source: SourceInfo,
  site: URL | undefined,
): object {
  const others = locales.filter((l) => l !== locale).map((l) => source.publisher[l]);
  const publisher = {
    '@type': 'Organization',
    name: source.publisher[locale],
    alternateName: others.length === 1 ? others[0] : others,
    url: source.url,
  };
  const url = (l: Locale) => absoluteUrl(localePath(l), site);
  const ref = (l: Locale) => ({ '@id': url(l) });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url(locale),
    headline: meta[locale].title,
    description: meta[locale].description,
    inLanguage: locale,
    url: url(locale),
    image: absoluteUrl(sitePath(`og/${locale}.png`), site),
    publisher,
    isBasedOn: source.url,
    ...(locale === sourceLocale
      ? { workTranslation: locales.filter((l) => l !== sourceLocale).map(ref) }
      : { translationOfWork: ref(sourceLocale) }),
  };
}
