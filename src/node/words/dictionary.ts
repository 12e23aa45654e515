// The Korean dictionary the word data's dictionary forms are checked against: Hunspell's Korean
// dictionary (hunspell-dict-ko, the data of Debian's hunspell-ko, from the npm package
// dictionary-ko) run by Hunspell itself compiled to WebAssembly (hunspell-asm), so that the build
// needs no system package. Loading it takes about half a second, once per process.
import { loadModule } from 'hunspell-asm';
import dictionary from 'dictionary-ko';

export interface KoreanDictionary {
  knows(word: string): boolean;
}

let loading: Promise<KoreanDictionary> | undefined;

export function koreanDictionary(): Promise<KoreanDictionary> {
  loading ??= (async () => {
    const factory = await loadModule();
    const hunspell = factory.create(
      factory.mountBuffer(dictionary.aff, 'ko.aff'),
      factory.mountBuffer(dictionary.dic, 'ko.dic'),
    );
    return { knows: (word) => hunspell.spell(word) };
  })();
  return loading;
}
