// Where the other two engines live on a Debian machine, and the display WebKit needs.
// - Firefox ESR: the oldest supported ESR (140) where `npm run setup:system` unpacked it into
//   .browsers/, else the system's firefox-esr. Driven by puppeteer-core over WebDriver BiDi.
// - WebKit, Safari's engine: WebKitGTK's MiniBrowser, driven through WebKitWebDriver (classic
//   WebDriver, no BiDi). MiniBrowser has no headless mode, so it runs in an Xvfb display of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './ports.ts';

export const FIREFOX_ESR_OLDEST = resolve('.browsers/firefox-esr-140/usr/lib/firefox-esr/firefox-esr');
const FIREFOX_ESR_SYSTEM = '/usr/lib/firefox-esr/firefox-esr';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_WEBDRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

export function firefoxPath(): string {
  const chosen = process.env.FIREFOX_ESR; // where Firefox ESR is not Debian's package
  for (const path of [chosen, FIREFOX_ESR_OLDEST, FIREFOX_ESR_SYSTEM]) if (path && existsSync(path)) return path;
  throw new Error('No Firefox ESR found: run npm run setup:system (Debian package firefox-esr)');
}

export function requireWebKit(): void {
  const missing = [MINIBROWSER, WEBKIT_WEBDRIVER, XVFB].filter((p) => !existsSync(p));
  if (missing.length)
    throw new Error(`WebKit tests need ${missing.join(', ')}: run npm run setup:system (webkit2gtk-driver, xvfb)`);
}

export interface Display {
  name: string;
  stop(): void;
}

/**
 * An X display of its own for one MiniBrowser at a time. Without a window manager, X gives the
 * keyboard to the window under the pointer, which rests at the screen's centre: the screen is
 * small enough (640×1400) that a window at the origin, phone or desktop sized, always covers it.
 */
export function startXvfb(): Promise<Display> {
  return new Promise((done, fail) => {
    const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '640x1400x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let text = '';
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) done({ name: `:${text.trim()}`, stop: () => xvfb.kill() });
    });
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
}

/**
 * GTK settings for MiniBrowser: its toolbar would keep a window at least ~447 px wide, wider than
 * a phone; this style sheet shrinks the toolbar so that a window can be 360 px.
 */
export function gtkConfigHome(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gtk-config-'));
  mkdirSync(join(dir, 'gtk-3.0'));
  writeFileSync(
    join(dir, 'gtk-3.0/gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n',
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts WebKitWebDriver on a free port in the given display; resolves once it answers. */
export async function startWebKitWebDriver(
  display: string,
  configHome: string,
): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(WEBKIT_WEBDRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: configHome },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not answer on ${url}`);
}
