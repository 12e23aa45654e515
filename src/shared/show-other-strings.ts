// "Show original"'s strings for what it adds, in every language, from the interface files the
// pages use (content/ui): its code (other-paragraph.ts) is fetched only at the first click, so it
// carries them rather than every article page carrying them in its HTML. Only these blocks reach
// its bundle.
import { languages as enLanguages, para as enPara } from '../../content/ui/en.json';
import { languages as koLanguages, para as koPara } from '../../content/ui/ko.json';

export const SHOW_OTHER_STRINGS = {
  en: { ...enPara, languages: enLanguages },
  ko: { ...koPara, languages: koLanguages },
};
