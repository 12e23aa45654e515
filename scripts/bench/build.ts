// `npm run build`, timed, with its CPU time and the peak memory of its process tree.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exited, killGroup, onExit } from './processes.ts';
import { REPORT_DIR, ROOT } from './paths.ts';

export interface BuildResult {
  seconds: number;
  /** User + system time: on a busy machine it says more about the build than the wall time. */
  cpuSeconds: number | null;
  peakRssMB: number | null;
  memoryMethod: string;
}

/**
 * Builds with `env` added to the bench's environment (CONTENT_DIR, OUT_DIR); `name` names the log
 * in reports/bench/, kept for a failed build.
 */
export async function timedBuild(name: string, env: Record<string, string> = {}): Promise<BuildResult> {
  // GNU time reports the peak RSS of the largest process it waited for (getrusage of the children);
  // without it, ps is sampled and the RSS of the whole tree summed.
  const gnuTime = existsSync('/usr/bin/time');
  const timeFile = join(REPORT_DIR, `${name}-time.txt`);
  const logFile = join(REPORT_DIR, `${name}.log`);
  const [command, args] = gnuTime
    ? ['/usr/bin/time', ['-v', '-o', timeFile, 'npm', 'run', 'build']]
    : ['npm', ['run', 'build']];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    // Served on this machine only: any address will do, and the build needs one.
    env: { SITE_URL: 'http://127.0.0.1', ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const forget = onExit(() => killGroup(child));
  const sampler = gnuTime ? null : sampleTreeRss(child.pid!);
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk;
  });
  const code = await exited(child);
  const seconds = (performance.now() - started) / 1000;
  forget();
  const sampledPeak = sampler ? sampler.stop() : 0;
  writeFileSync(logFile, log);
  if (code !== 0) {
    throw new Error(
      `npm run build failed (exit ${code}); last lines of ${logFile}:\n${log.trim().split('\n').slice(-25).join('\n')}`,
    );
  }
  if (!gnuTime) {
    return {
      seconds,
      cpuSeconds: null,
      peakRssMB: sampledPeak / 1024,
      memoryMethod: 'ps sampled every 100 ms: peak of the summed RSS of the build tree',
    };
  }
  const report = readFileSync(timeFile, 'utf8');
  rmSync(timeFile);
  const field = (label: string): number | null => {
    const match = new RegExp(`${label}: ([\\d.]+)`).exec(report);
    return match ? Number(match[1]) : null;
  };
  const user = field('User time \\(seconds\\)');
  const system = field('System time \\(seconds\\)');
  const kb = field('Maximum resident set size \\(kbytes\\)');
  return {
    seconds,
    cpuSeconds: user !== null && system !== null ? user + system : null,
    peakRssMB: kb === null ? null : kb / 1024,
    memoryMethod: '/usr/bin/time -v: max RSS of the largest process in the build tree',
  };
}

/** Samples `ps` and keeps the largest summed RSS (KB) of a process and its descendants. */
function sampleTreeRss(rootPid: number): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number));
      const tree = new Set([rootPid]);
      // Rows are in pid order, parents mostly first; loop until no new descendant is found.
      for (let grew = true; grew;) {
        grew = false;
        for (const [pid, ppid] of rows)
          if (!tree.has(pid!) && tree.has(ppid!)) {
            tree.add(pid!);
            grew = true;
          }
      }
      const rss = rows.filter(([pid]) => tree.has(pid!)).reduce((total, row) => total + (row[2] ?? 0), 0);
      peak = Math.max(peak, rss);
    } catch {
      /* ps may race with exiting processes; the next sample will do */
    }
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
