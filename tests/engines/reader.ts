// What a test does as a reader, the same in every engine: open a page on a phone or a desktop in
// light or dark, point, click, tap, press keys, read the page. Each engine's driver implements it
// (reader-chromium.ts, reader-firefox.ts, reader-webkit.ts), so that one spec runs in all three.

export type Engine = 'chromium' | 'firefox' | 'webkit';
/** A desktop, the smallest phone (320 px), a small one (360 px) and a common larger one (390 px). */
export type Device = 'desktop' | 'phone-320' | 'phone' | 'phone-390';
export type Scheme = 'light' | 'dark';
export type Key = 'Tab' | 'Shift+Tab' | 'Escape' | 'Enter' | 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp';

export interface View {
  device: Device;
  scheme: Scheme;
}

export const VIEWPORTS: Record<Device, { width: number; height: number }> = {
  desktop: { width: 1280, height: 800 },
  'phone-320': { width: 320, height: 640 },
  phone: { width: 360, height: 740 },
  'phone-390': { width: 390, height: 844 },
};

export interface Reader {
  readonly engine: Engine;
  /** Loads a site path (e.g. '/en/#agi-clause') in this view and waits for the load event. */
  open(path: string, view: View): Promise<void>;
  /** Runs a function in the page (it is sent as source: no closures) and returns its result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  /** A real mouse click in the middle of the first element the selector matches. */
  click(selector: string): Promise<void>;
  /** Moves the mouse onto the first element the selector matches. */
  hover(selector: string): Promise<void>;
  /** Moves the mouse to a point of the viewport. */
  mouseTo(x: number, y: number): Promise<void>;
  /** A tap with a finger where the driver has touch input; says which it could do. */
  tap(selector: string): Promise<'touch' | 'mouse'>;
  press(key: Key): Promise<void>;
  url(): Promise<string>;
  screenshot(file: string): Promise<void>;
  /**
   * Console errors, uncaught errors, CSP violations and requests to other hosts since the page
   * was opened, as far as the driver can see them (see each driver).
   */
  problems(): Promise<string[]>;
}

export interface EngineDriver {
  readonly engine: Engine;
  /** A reader for one test; `close` ends what it opened (not the browser, which tests share). */
  reader(origin: string): Reader & { close(): Promise<void> };
  close(): Promise<void>;
}

/**
 * Installed in the page (before its scripts where the driver can, else right after load): keeps
 * console errors, uncaught errors and CSP violations on window for problems() to collect.
 */
export function recordPageProblems(): void {
  const w = window as unknown as { __problems?: string[] };
  if (w.__problems) return;
  const problems: string[] = (w.__problems = []);
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error(...args);
  };
  addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
  document.addEventListener(
    'securitypolicyviolation',
    (e) => problems.push(`CSP: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    true,
  );
}

/** What recordPageProblems() has kept on this page. */
export function collectedProblems(): string[] {
  return (window as unknown as { __problems?: string[] }).__problems ?? [];
}

/** Requests this page made to any origin but its own (resource timing sees what was fetched). */
export function foreignResources(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /^https?:/.test(name) && new URL(name).origin !== location.origin);
}

/**
 * The middle of the first element the selector matches, in viewport coordinates, scrolled into
 * view only if it is not in view already: drivers' own "click this element" scroll even a sticky
 * header's link to the middle of the page, which moves the reader's place.
 */
export function pointAt(selector: string): [number, number] | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  // The first box with width: a term that starts a line has an empty one (its button) on the line before.
  const first = () => [...el.getClientRects()].find((r) => r.width > 0) ?? el.getClientRects()[0];
  let rect = first();
  if (!rect || rect.top < 0 || rect.bottom > innerHeight) {
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    rect = first();
  }
  if (!rect) return null;
  return [Math.round(rect.left + Math.min(rect.width / 2, 20)), Math.round(rect.top + rect.height / 2)];
}

/**
 * Resolves after two frames and a short pause: a scroll that pointAt() made has then reached hit
 * testing also where scrolling is the compositor's (Firefox's APZ lagged under load: a tap right
 * after a long jump landed on the old place).
 */
export function nextFrames(): Promise<null> {
  return new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(null), 100))),
  );
}

/** What Playwright's and puppeteer's pages have alike for pointer input. */
interface PointerPage {
  evaluate(fn: (selector: string) => unknown, selector: string): Promise<unknown>;
  mouse: {
    click(x: number, y: number): Promise<unknown>;
    move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
  };
  touchscreen: { tap(x: number, y: number): Promise<unknown> };
}

/** Click, hover, move and tap through a page that has a mouse and a touchscreen, at pointAt(). */
export function pointerInput(page: () => PointerPage): Pick<Reader, 'click' | 'hover' | 'mouseTo' | 'tap'> {
  const point = async (selector: string) => {
    const at = (await page().evaluate(pointAt, selector)) as [number, number] | null;
    if (!at) throw new Error(`no element matches ${selector}`);
    await page().evaluate(nextFrames, '');
    return at;
  };
  // A finger's taps are a moment apart: two within a browser's double-tap window (about 300 ms)
  // may be taken as one gesture, and the second tap then does not click.
  let lastTap = 0;
  return {
    async click(selector) {
      const [x, y] = await point(selector);
      await page().mouse.click(x, y);
    },
    async hover(selector) {
      const [x, y] = await point(selector);
      await page().mouse.move(x, y, { steps: 4 });
    },
    mouseTo: async (x, y) => void (await page().mouse.move(x, y, { steps: 4 })),
    async tap(selector) {
      const [x, y] = await point(selector);
      const wait = lastTap + 400 - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await page().touchscreen.tap(x, y);
      lastTap = Date.now();
      return 'touch';
    },
  };
}
