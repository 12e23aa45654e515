// "Listen": reveals the control where the browser has a voice for the page's language (Chromium
// lists its voices late, with `voiceschanged`), keeps what the reader last tapped, clicked or
// focused, and at each press hands it to the player, whose code (listen-player.ts) is fetched at
// the first press (load-script.ts). Kept to the fewest bytes: it is in
// every page's first load.
import { loadScript } from './load-script.ts';
import player from './listen-player.ts?script';
import type { Press } from './listen-player.ts';

export function initListen(): void {
  const box = document.querySelector<HTMLElement>('.listen');
  if (!box || !window.speechSynthesis) return;
  let tapped: EventTarget | null | undefined;
  const offer = () =>
    (box.hidden = !speechSynthesis.getVoices().some((v) => v.lang.startsWith(document.documentElement.lang)));
  offer();
  speechSynthesis.onvoiceschanged = offer;
  const keep = (event: Event) => box.contains(event.target as Node) || (tapped = event.target);
  for (const type of ['click', 'focusin']) document.addEventListener(type, keep);
  (box.firstChild as HTMLButtonElement).onclick = () => {
    // Safari on iOS speaks only what a tap starts, and the player speaks once it has arrived: an
    // empty utterance, within the tap, lets it.
    speechSynthesis.speak(new SpeechSynthesisUtterance());
    void loadScript<Press>(player).then((press) => (press ? press(tapped) : (box.hidden = true)));
  };
}
