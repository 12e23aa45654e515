// The home page's inline script (src/scripts/return-to-choice.ts), inline so that it runs before
// first paint, and the paths its links and it lead to: each language's article and parallel view,
// relative to the home page, as every address of the site is (src/integrations/relative-urls.ts).
import { localeFolder, locales } from '../i18n/index.ts';
import { returnToLastChoice } from '../scripts/return-to-choice.ts';
import { STORAGE_KEYS } from '../shared/storage-keys.ts';
import { inlineCall } from './inline-script.ts';

export const homePaths = Object.fromEntries(
  locales.map((l) => [l, { article: localeFolder(l), parallel: localeFolder(l, 'parallel') }]),
);

export const homeRedirectScript = inlineCall(returnToLastChoice, STORAGE_KEYS, homePaths);
