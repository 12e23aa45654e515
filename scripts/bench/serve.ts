// The static server: http-server on 127.0.0.1 serving a gzipped copy of the site, as every host in
// the README serves text (-g serves a file's .gz twin to clients that accept gzip; -s silent, -c-1
// no caching). The bare pages are written into the same copy, so both travel the same way.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { killGroup, onExit } from './processes.ts';
import { ROOT } from './paths.ts';
import { freePort } from '../../tests/support/ports.ts';

/** Text that hosts compress; images and fonts are compressed already. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface ServedCopy {
  dir: string;
  remove: () => void;
}

/**
 * A copy of the site plus `extraPages` (URL path → HTML), each text file with a gzipped twin, so
 * that the built folder stays as built.
 */
export function gzippedCopy(site: string, extraPages: Record<string, string>): ServedCopy {
  const copy = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const remove = (): void => rmSync(copy, { recursive: true, force: true });
  const forget = onExit(remove);
  cpSync(site, copy, { recursive: true });
  for (const [path, html] of Object.entries(extraPages)) {
    const file = join(copy, path, 'index.html');
    if (existsSync(file)) throw new Error(`the site has a page at ${path} already; the bench cannot put its own there`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  for (const entry of readdirSync(copy, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSED_TYPES.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  return {
    dir: copy,
    remove: () => {
      remove();
      forget();
    },
  };
}

/** Serves `dir`; resolves once `probe` answers gzipped, and fails if it answers otherwise. */
export async function serve(dir: string, probe: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('npx', ['--no', 'http-server', dir, '-p', String(port), '-a', '127.0.0.1', '-c-1', '-s', '-g'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  const stop = (): void => killGroup(child);
  const forget = onExit(stop);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`http-server exited with code ${child.exitCode}`);
    const response = await fetch(origin + probe).catch(() => null); // null: not listening yet
    if (response?.ok) {
      if (response.headers.get('content-encoding') === 'gzip')
        return {
          origin,
          stop: () => {
            stop();
            forget();
          },
        };
      stop();
      throw new Error('http-server answered, but not gzipped');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`http-server did not answer on ${origin} within 30 s`);
}
