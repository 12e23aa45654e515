// Interface-string keys are typed from the English strings: `astro check` then rejects a key that
// content/ui/en.json does not have (the content checks keep the other locales' keys the same).
import 'i18next';
import type en from '../../content/ui/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
