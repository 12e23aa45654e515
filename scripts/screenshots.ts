// Screenshots of the built site at phone and desktop widths, light and dark, both languages,
// for a person to look at: `npm run screenshots` after `npm run build`. It serves dist/ itself on
// a free port (BASE_URL points it at a site already served instead).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/support/browser.ts';
import { freePort } from '../tests/support/ports.ts';

const out = process.env.OUT ?? 'reports/screenshots';
const dist = process.env.DIST ?? 'dist';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/ko/', '/en/'];

/** dist/ served by http-server, as the browser tests serve it; stop() ends its whole process group. */
async function serve(dir: string): Promise<{ origin: string; stop: () => void }> {
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`${dir}/index.html is missing: run npm run build first (or set BASE_URL to a site already served).`);
    process.exit(1);
  }
  const port = await freePort();
  const child = spawn('npx', ['--no', 'http-server', dir, '-p', String(port), '-a', '127.0.0.1', '-c-1', '-s'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  process.once('exit', stop);
  const origin = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`http-server exited with code ${child.exitCode}`);
    if ((await fetch(`${origin}/`).catch(() => null))?.ok) return { origin, stop };
  }
  stop();
  throw new Error(`http-server did not answer on ${origin} within 30 s`);
}

const served = process.env.BASE_URL ? undefined : await serve(dist);
const base = process.env.BASE_URL ?? served!.origin;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const path of paths) {
    for (const [device, viewport] of [
      ['phone', { width: 360, height: 780 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport, colorScheme: scheme, hasTouch: device === 'phone' });
        await page.goto(base + path);
        const name = `${out}/${path.replace(/\W+/g, '_')}${device}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  served?.stop();
}
