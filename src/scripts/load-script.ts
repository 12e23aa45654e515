// Runs one of the site's separately built scripts at the reader's first use, so that a page load
// carries none of it:
//
//   import player from './player.ts?script'; // a part of this script (src/node/client-scripts.ts)
//   loadScript<(sentence: Element) => void>(player).then((play) => (play ? play(sentence) : fallBack()));
//
// The loaded script hands over what it offers with `provide(play)` (provide.ts), which the
// promise resolves to; it runs once, however often it is asked for. A part that cannot be fetched
// (offline, the page being left) resolves to nothing rather than failing: the promise never
// rejects, and each caller says what it does without the part. It is added as a classic script
// element, not import(): a page opened from disk (file://, origin null) refuses module scripts
// and import(), not classic scripts. A part's file is named after the script that loads it
// (main.Ab12Cd34.js loads main.Ab12Cd34.player.js), found by that script's own address: so only
// scripts loaded from a file (the page script and its parts), not inline ones, can load parts.
import type { LoadedScript } from './provide.ts';

const pageScript = (document.currentScript as HTMLScriptElement).src;
const loading: Record<string, Promise<unknown>> = {};

export const loadScript = <T>(part: string): Promise<T | undefined> =>
  (loading[part] ??= new Promise((done) => {
    const script: LoadedScript = document.createElement('script');
    script.src = pageScript.replace(/js$/, `${part}.js`);
    // Not fetched, it provided nothing.
    script.onload = script.onerror = () => done(script.provided);
    document.head.append(script);
  })) as Promise<T | undefined>;
