// `npm run build`, timed under GNU time (/usr/bin/time -v), which also gives its CPU time (user +
// system: on a busy machine it says more about the build than the wall time) and the peak memory
// (the largest resident set of any process in the build's tree).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_DIR, ROOT } from './shared.ts';

export type BuildResult = ReturnType<typeof timedBuild>;

/** Builds with `env` added (CONTENT_DIR, OUT_DIR); its output goes to reports/bench/<name>.log. */
export function timedBuild(name: string, env: Record<string, string> = {}) {
  const [timeFile, logFile] = [join(REPORT_DIR, `${name}-time.txt`), join(REPORT_DIR, `${name}.log`)];
  const log = openSync(logFile, 'w');
  const started = performance.now();
  // Nothing else runs while a build does: the bench waits for it.
  const build = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, 'npm', 'run', 'build'], {
    cwd: ROOT,
    // Served on this machine only: any address will do, and the build needs one.
    env: { SITE_URL: 'http://127.0.0.1', ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (build.error) throw new Error(`/usr/bin/time (GNU time) could not run npm run build: ${build.error.message}`);
  if (build.status !== 0) {
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new Error(`npm run build failed (exit ${build.status}); last lines of ${logFile}:\n${tail}`);
  }
  const times = readFileSync(timeFile, 'utf8');
  rmSync(timeFile);
  const field = (label: string): number => Number(new RegExp(`${label}: ([\\d.]+)`).exec(times)?.[1] ?? NaN);
  return {
    seconds,
    cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peakRssMB: field('Maximum resident set size \\(kbytes\\)') / 1024,
  };
}
