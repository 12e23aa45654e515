// The strings of the parts fetched at the reader's first use (the read-aloud player,
// listen-player.ts; "show original", other-paragraph.ts; the word cards, word-cards.ts), in every language, from the interface
// files the pages use (content/ui): each part carries its own rather than every page carrying them
// in its HTML. Each part's bundle takes only the block its export names (the calls are marked
// pure, so that an export no part uses is dropped, and its block with it).
import {
  languages as enLanguages,
  listen as enListen,
  para as enPara,
  words as enWords,
} from '../../content/ui/en.json';
import {
  languages as koLanguages,
  listen as koListen,
  para as koPara,
  words as koWords,
} from '../../content/ui/ko.json';

/** A block of the interface files in each language, with the names of the languages in it. */
const inEachLanguage = <E, K>(en: E, ko: K) => ({
  en: { ...en, languages: enLanguages },
  ko: { ...ko, languages: koLanguages },
});

export const LISTEN_STRINGS = /* @__PURE__ */ inEachLanguage(enListen, koListen);
export const SHOW_OTHER_STRINGS = /* @__PURE__ */ inEachLanguage(enPara, koPara);
export const WORD_STRINGS = /* @__PURE__ */ inEachLanguage(enWords, koWords);

/** A string with a `{{language}}` in it ("{{language}} only"), with the language's name there. */
export const withLanguage = (text: string, language: string): string => text.replace('{{language}}', language);
