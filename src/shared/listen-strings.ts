// The read-aloud player's strings, in every language, from the interface files the pages use
// (content/ui): the player is fetched only when a reader presses "Listen", so it carries its
// strings rather than every page carrying them in its HTML. Only these two blocks reach its bundle.
import { languages as enLanguages, listen as enListen } from '../../content/ui/en.json';
import { languages as koLanguages, listen as koListen } from '../../content/ui/ko.json';

export const LISTEN_STRINGS = {
  en: { ...enListen, languages: enLanguages },
  ko: { ...koListen, languages: koLanguages },
};
