// Stopping `npm run dev` by its process id stops the dev server too, not only npm.
import { spawn } from 'node:child_process';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from '../support/content-copy.ts';

// A port of its own: never Astro's 4321, the browser tests' port or the live-check test's.
const PORT = Number(process.env.DEV_STOP_TEST_PORT ?? 4427);
const origin = `http://127.0.0.1:${PORT}/`;

const answers = () =>
  fetch(origin, { signal: AbortSignal.timeout(5_000) }).then(
    () => true,
    () => false,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const env: NodeJS.ProcessEnv = { ...process.env };
for (const key of ['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];

// Its own process group, so that whatever is left can be cleaned up after a failure.
const npm = spawn('npm', ['run', 'dev', '--', '--port', String(PORT), '--host', '127.0.0.1', '--strictPort'], {
  cwd: projectRoot,
  env,
  detached: true,
  stdio: 'ignore',
});

afterAll(() => {
  try {
    process.kill(-npm.pid!, 'SIGKILL');
  } catch {
    // the whole group is gone, as it should be
  }
});

test('SIGTERM to npm stops astro dev', async () => {
  for (const end = Date.now() + 150_000; !(await answers()); await sleep(500)) {
    if (Date.now() > end || npm.exitCode !== null) throw new Error('npm run dev did not start');
  }
  process.kill(npm.pid!, 'SIGTERM');
  let stopped = false;
  for (const end = Date.now() + 15_000; Date.now() < end && !stopped; await sleep(300)) stopped = !(await answers());
  expect(stopped, 'the server stopped answering').toBe(true);
  // Nothing of the group is left running.
  await sleep(1_000);
  expect(() => process.kill(-npm.pid!, 0)).toThrow();
}, 180_000);
