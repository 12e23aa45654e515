// A deterministic stand-in for the Web Speech API's synthesis (speechSynthesis and
// SpeechSynthesisUtterance), the same in every engine. Installed after the page has loaded and
// before the first press of "Listen": the page decides whether to offer the control again on each
// `voiceschanged` (which the stand-in sends, on the browser's own speechSynthesis, where the page
// listened), and the player, fetched at the first press, finds the stand-in in place of the real
// thing. It records every utterance (its text, language, voice, speed and what the page had marked
// when it was spoken), starts each one on a timer, and ends it on a timer (`autoEndMs`) or when the test
// says (`finish`); `fail` ends it with a speech error; an empty utterance ends at once, unrecorded.
// cancel() ends what is queued with the `interrupted` error, as browsers do.
// It is sent into the page as source text (reader.evaluate), so it closes over nothing.

export interface StandInVoice {
  name: string;
  lang: string;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  /** The text of every element marked as being read when the utterance started. */
  marked: string[];
}

export interface StandInOptions {
  voices: StandInVoice[];
  /** Ends each utterance by itself this many milliseconds after it starts; else finish() does. */
  autoEndMs?: number;
  /** What the page marks as being read (its class), to record with each utterance. */
  markSelector: string;
}

/** Runs in the page. */
export function installSpeechStandIn(options: StandInOptions): void {
  type Utterance = EventTarget & { text: string; lang: string; voice: { name: string } | null; rate: number } & Record<
      string,
      unknown
    >;
  const w = window as unknown as Record<string, unknown>;
  const real = w.speechSynthesis as EventTarget | undefined;
  const spoken: Spoken[] = [];
  const queue: Utterance[] = [];
  let speaking: Utterance | null = null;
  const fire = (u: Utterance, type: string, error?: string) => {
    const event = new Event(type) as Event & { error?: string; utterance?: Utterance };
    if (error) event.error = error;
    event.utterance = u;
    const handler = u[`on${type}`];
    if (typeof handler === 'function') handler.call(u, event);
    u.dispatchEvent(event);
  };
  const voices = options.voices.map((v, i) => ({
    ...v,
    voiceURI: v.name,
    default: i === 0,
    localService: true,
  }));
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(u: Utterance) {
      queue.push(u);
      if (!speaking) next();
    },
    cancel() {
      const dropped = [speaking, ...queue].filter((u): u is Utterance => !!u);
      queue.length = 0;
      speaking = null;
      synth.speaking = false;
      for (const u of dropped) setTimeout(() => fire(u, 'error', 'interrupted'), 0);
    },
    pause() {
      synth.paused = true;
    },
    resume() {
      synth.paused = false;
    },
  });
  function next() {
    const u = (speaking = queue.shift() ?? null);
    synth.speaking = !!u;
    if (!u) return;
    setTimeout(() => {
      if (speaking !== u) return;
      if (!u.text) {
        // An empty utterance (a page's way to be allowed to speak later) is over at once, unrecorded.
        fire(u, 'start');
        finish(u);
        return;
      }
      spoken.push({
        text: u.text,
        lang: u.lang,
        voice: u.voice?.name ?? null,
        rate: u.rate,
        marked: [...document.querySelectorAll(options.markSelector)].map((e) => e.textContent.trim()),
      });
      fire(u, 'start');
      if (options.autoEndMs !== undefined) setTimeout(() => finish(u), options.autoEndMs);
    }, 0);
  }
  function finish(u = speaking) {
    if (!u || u !== speaking) return;
    speaking = null;
    fire(u, 'end');
    if (!speaking) next(); // unless the end handler has spoken already
  }
  function fail(error: string) {
    const u = speaking;
    if (!u) return;
    speaking = null;
    queue.length = 0;
    fire(u, 'error', error);
  }
  class StandInUtterance extends EventTarget {
    text: string;
    lang = '';
    voice: unknown = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: StandInUtterance,
    configurable: true,
    writable: true,
  });
  w.__speech = { spoken, finish: () => finish(), fail, speaking: () => !!speaking };
  // Where the page listened: the browser's own object (or, with none, nowhere to tell).
  real?.dispatchEvent(new Event('voiceschanged'));
  synth.dispatchEvent(new Event('voiceschanged'));
}

/** Runs in the page: what the stand-in has heard so far. */
export function spokenSoFar(): Spoken[] {
  return (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken;
}
