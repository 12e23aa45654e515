// `astro dev` re-runs the content checks when a content file changes: within seconds the browser
// is told (Vite's HMR error payload, which Astro's overlay shows) and every page names the content
// file, not a component; fixing the file reloads the browser and the pages render again.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanup, copyContent, messagePath, projectRoot } from '../support/content-copy.ts';

// A port of its own: never Astro's 4321 or the browser tests' port.
const PORT = Number(process.env.DEV_TEST_PORT ?? 4426);
const origin = `http://127.0.0.1:${PORT}`;
const START_TIMEOUT = 150_000;
/** What "within seconds" means here, on a busy machine. */
const REPORT_TIMEOUT = 15_000;

let server: ChildProcess;
let contentDir: string;
let log = '';

interface HmrPayload {
  type: string;
  err?: { message: string; loc?: { file?: string } };
}

async function until<T>(
  what: string,
  timeout: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server output:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const page = async (path: string) => {
  const response = await fetch(origin + path, {
    headers: { accept: 'text/html' },
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.text() };
};

/** A connection to Vite's HMR socket, as the page's client script makes it, recording what it is sent. */
async function hmrClient() {
  const client = await (await fetch(`${origin}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
  expect(token, 'the Vite client has its socket token').toBeTruthy();
  const socket = new WebSocket(`ws://127.0.0.1:${PORT}/?token=${token}`, 'vite-hmr');
  const received: HmrPayload[] = [];
  socket.addEventListener('message', (event) => received.push(JSON.parse(String(event.data)) as HmrPayload));
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', reject);
  });
  return { socket, received };
}

beforeAll(async () => {
  contentDir = copyContent();
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir };
  // Run as a person would: vitest's own variables (import.meta.env's MODE, DEV, SSR, …) would
  // leak into the server's Vite.
  for (const key of ['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  server = spawn(
    join(projectRoot, 'node_modules/.bin/astro'),
    ['dev', '--port', String(PORT), '--host', '127.0.0.1', '--strictPort'],
    {
      cwd: projectRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  await until('the dev server', START_TIMEOUT, async () => ((await page('/en/')).status === 200 ? true : undefined));
}, START_TIMEOUT + 40_000);

afterAll(() => {
  // The server and its children are one process group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  cleanup();
});

test('a mistyped term shows in the browser naming the content file, and fixing it recovers', async () => {
  const file = join(contentDir, 'article/en/12-multi-cloud.mdx');
  const shown = messagePath(contentDir, 'article/en/12-multi-cloud.mdx');
  const good = readFileSync(file, 'utf8');
  const { socket, received } = await hmrClient();
  try {
    writeFileSync(file, good.replace('<Term id="oracle">', '<Term id="oracel">'));

    // The overlay shows the message as HTML, so its quotation marks are escaped. A save may be
    // seen half-written first; the overlay shows the latest payload.
    const wanted = `${shown}: paragraph 1: unknown glossary term &quot;oracel&quot;`;
    const error = await until('the error payload', REPORT_TIMEOUT, () =>
      received.find((p) => p.type === 'error' && p.err!.message.includes(wanted)),
    );
    expect(error.err!.loc!.file).toBe(file);

    const broken = await page('/en/');
    expect(broken.status).toBe(500);
    expect(broken.body).toContain(`${shown}: paragraph 1: unknown glossary term &quot;oracel&quot;`);
    expect(broken.body).not.toContain('TermCards');
    expect(broken.body, 'the page loads the client that opens the overlay').toContain('/@vite/client');

    // A browser that opens a page now gets the overlay on connecting.
    const late = await hmrClient();
    const replayed = await until('the replayed error', REPORT_TIMEOUT, () =>
      late.received.find((p) => p.type === 'error'),
    );
    expect(replayed.err!.message).toContain(shown);
    late.socket.close();

    received.length = 0;
    writeFileSync(file, good);
    await until('the reload after the fix', REPORT_TIMEOUT, () => received.find((p) => p.type === 'full-reload'));
    let last = { status: 0, body: '' };
    const fixed = await until('the page to render again', REPORT_TIMEOUT, async () => {
      last = await page('/en/');
      return last.status === 200 ? last : undefined;
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nlast answer (${last.status}):\n${last.body.slice(0, 2000)}`);
    });
    expect(fixed.body).toContain('Diversifying infrastructure with Oracle and Google');
  } finally {
    writeFileSync(file, good);
    socket.close();
  }
}, 60_000);

test('a changed figure is reported with the same message as the build', async () => {
  const file = join(contentDir, 'article/en/12-multi-cloud.mdx');
  const good = readFileSync(file, 'utf8');
  const { socket, received } = await hmrClient();
  try {
    writeFileSync(file, good.replace('$30 billion', '$300 billion'));
    // A save may be seen half-written first; the overlay shows the latest payload.
    const wanted = `${messagePath(contentDir, 'article/en/12-multi-cloud.mdx')}: paragraph 1 has no counterpart for &quot;300억 달러&quot;`;
    await until('the error payload', REPORT_TIMEOUT, () =>
      received.find((p) => p.type === 'error' && p.err!.message.includes(wanted)),
    );
    expect(log).toContain(
      `${messagePath(contentDir, 'article/en/12-multi-cloud.mdx')}: paragraph 1 has "$300 billion"`,
    );
    received.length = 0;
    writeFileSync(file, good);
    await until('the reload after the fix', REPORT_TIMEOUT, () => received.find((p) => p.type === 'full-reload'));
    await until('the page to render again', REPORT_TIMEOUT, async () =>
      (await page('/en/')).status === 200 ? true : undefined,
    );
  } finally {
    writeFileSync(file, good);
    socket.close();
  }
}, 60_000);
