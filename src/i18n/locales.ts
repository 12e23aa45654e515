// The locale list and per-locale facts. Everything else that varies by language asks here,
// so adding a language starts with this file.

export const locales = ['ko', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The language the article was written in; its text is checked against the source file. */
export const sourceLocale: Locale = 'ko';

/** Where `/` sends a first-time reader without a saved choice, and hreflang's x-default. */
export const defaultLocale: Locale = 'ko';

/** Each language's name in that language, for the language switch. */
export const localeNames: Record<Locale, string> = { ko: '한국어', en: 'English' };

/** Each language's name in English, for build messages to editors. */
export const localeEnglishNames: Record<Locale, string> = { ko: 'Korean', en: 'English' };

/** Open Graph locale codes. */
export const ogLocales: Record<Locale, string> = { ko: 'ko_KR', en: 'en_US' };
