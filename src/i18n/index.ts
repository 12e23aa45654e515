// Interface strings and localized URLs. One i18next instance, created once at build time from
// content/ui/<locale>.json; nothing here runs in the browser.
import i18next, { type TFunction } from 'i18next';
import ko from '../../content/ui/ko.json';
import en from '../../content/ui/en.json';
import { defaultLocale, locales, sourceLocale, type Locale } from './locales.ts';
import type { Page } from './pages.ts';

export * from './locales.ts';
export * from './pages.ts';

const strings: Record<Locale, object> = { ko, en };

const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(locales.map((l) => [l, { translation: strings[l] }])),
  lng: defaultLocale,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes what it renders
  saveMissing: true,
  // A key missing from a locale would render as the key itself: fail the build instead.
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`Interface string "${key}" is missing for ${lngs.join(', ')} (content/ui/*.json)`);
  },
});

export function useTranslations(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A file's size as the pages give it: kilobytes of 1,000 bytes, to one decimal ("97.2 KB"). */
export function fileSize(bytes: number, locale: Locale): string {
  const kilobytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return useTranslations(locale)('data.size', { size: kilobytes.format(bytes / 1000) });
}

/** A path under the site's base (which may be a sub-path such as /explainer/). */
export function sitePath(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** The folder of a localized page under the site's base: en/, en/glossary/. */
export function localeFolder(locale: Locale, page: Page = ''): string {
  return `${locale}/${page ? `${page}/` : ''}`;
}

/** The localized path of a page, with a trailing slash: /en/, /en/glossary/. */
export function localePath(locale: Locale, page: Page = ''): string {
  return sitePath(localeFolder(locale, page));
}

/** Absolute URL for canonical and alternate links. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** hreflang alternates for a page: one per locale plus x-default. */
export function alternates(page: Page, site: URL | undefined): { hreflang: string; href: string }[] {
  return [
    ...locales.map((l) => ({ hreflang: l, href: absoluteUrl(localePath(l, page), site) })),
    { hreflang: 'x-default', href: absoluteUrl(localePath(defaultLocale, page), site) },
  ];
}

/** getStaticPaths for a page under /[locale]/: one page per language. */
export function localeStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}

/**
 * The language a page sets beside its own ("show original", the parallel view): for a translation
 * its original, for the original its first translation. One, not every other: a paragraph offers
 * one counterpart, and the interface strings name it ("Korean original", "영어 번역").
 */
export function counterpartLocale(locale: Locale): Locale {
  return locale === sourceLocale ? locales.find((l) => l !== sourceLocale)! : sourceLocale;
}
