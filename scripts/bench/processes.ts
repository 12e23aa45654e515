// Every child the bench starts (server, builds, browsers, Lighthouse) is killed on any exit of the
// bench, error or Ctrl-C included, so that nothing keeps a port or a CPU after it.
import type { ChildProcess } from 'node:child_process';

const cleanups = new Set<() => void>();

/** Registers a clean-up; the returned function unregisters it once the job is done. */
export function onExit(kill: () => void): () => void {
  cleanups.add(kill);
  return () => cleanups.delete(kill);
}

export function cleanUp(): void {
  for (const kill of cleanups) {
    try {
      kill();
    } catch {
      /* already gone */
    }
  }
  cleanups.clear();
}

export function cleanUpOnExit(): void {
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
}

export function killGroup(child: ChildProcess): void {
  // Detached children lead their own process group: npm → node → astro, or npx → http-server, go together.
  if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
}

/** Resolves with the exit code once the child has closed its output. */
export const exited = (child: ChildProcess): Promise<number | null> => new Promise((done) => child.on('close', done));
