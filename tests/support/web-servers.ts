// nginx, Apache httpd and Caddy, each started on a free loopback port with a minimal main
// configuration of its own that includes the configuration the build wrote, serving a copy of the
// build laid out as on a host: the published folder, with server-config/ beside it. The copy sits
// in a temporary folder that any user can read, since Apache, started as root, serves as www-data.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './ports.ts';

export interface RunningServer {
  name: string;
  origin: string;
  port: number;
  stop(): Promise<void>;
}

interface Layout {
  dir: string;
  site: string;
  config: string;
  port: number;
}

interface ServerKind {
  name: string;
  binary: string;
  /** Writes the main configuration into dir and returns the arguments that run it in the foreground. */
  args(layout: Layout): string[];
}

const asRoot = process.getuid?.() === 0;

export const SERVERS: ServerKind[] = [
  {
    name: 'nginx',
    binary: 'nginx',
    args: ({ dir, site, config, port }) => {
      const conf = join(dir, 'nginx.conf');
      const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
      writeFileSync(
        conf,
        [
          'daemon off;',
          'worker_processes 1;',
          `pid ${join(dir, 'nginx.pid')};`,
          `error_log ${join(dir, 'error.log')} warn;`,
          'events { worker_connections 64; }',
          'http {',
          '  access_log off;',
          ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
          '  server {',
          `    listen 127.0.0.1:${port};`,
          `    root ${site};`,
          `    include ${join(config, 'nginx.conf')};`,
          '  }',
          '}',
        ].join('\n'),
      );
      return ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf];
    },
  },
  {
    name: 'apache',
    binary: 'apache2',
    args: ({ dir, site, port }) => {
      const conf = join(dir, 'httpd.conf');
      const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers', 'deflate', 'filter', 'rewrite'];
      writeFileSync(
        conf,
        [
          `ServerRoot ${dir}`,
          ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
          // Apache refuses to serve as root; as any other user it stays that user.
          ...(asRoot ? ['User www-data', 'Group www-data'] : []),
          `Listen 127.0.0.1:${port}`,
          'ServerName localhost',
          `PidFile ${join(dir, 'httpd.pid')}`,
          `DefaultRuntimeDir ${dir}`,
          `ErrorLog ${join(dir, 'error.log')}`,
          'LogLevel warn',
          // Types come from the site's .htaccess alone, not from the system's list.
          'TypesConfig /dev/null',
          `DocumentRoot ${site}`,
          '<Directory />',
          '  AllowOverride None',
          '  Require all denied',
          '</Directory>',
          `<Directory ${site}>`,
          '  AllowOverride All',
          '  Require all granted',
          '</Directory>',
        ].join('\n'),
      );
      return ['-f', conf, '-DFOREGROUND'];
    },
  },
  {
    name: 'caddy',
    binary: 'caddy',
    args: ({ dir, site, config, port }) => {
      const conf = join(dir, 'Caddyfile');
      writeFileSync(
        conf,
        [
          '{',
          '\tadmin off',
          '\tauto_https off',
          '}',
          `:${port} {`,
          '\tbind 127.0.0.1',
          `\troot * ${site}`,
          `\timport ${join(config, 'Caddyfile')}`,
          '}',
        ].join('\n'),
      );
      return ['run', '--config', conf, '--adapter', 'caddyfile'];
    },
  },
];

/** Resolves once something accepts connections on the port, or rejects when the process ends first. */
function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  return new Promise((done, fail) => {
    const deadline = Date.now() + 15_000;
    const onExit = (code: number | null) => fail(new Error(`exited (${code}) before listening:\n${log()}`));
    child.once('exit', onExit);
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', onExit);
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`not listening on ${port} after 15 s:\n${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts one server with serveDir as its root (the build, or under a sub-path the folder that holds
 * it), its server configuration read from configDir (the build's server-config/, which is left out
 * of the root if it is inside it). It is stopped by stop(), and also if the tests' process ends first.
 */
export async function startServer(kind: ServerKind, serveDir: string, configDir: string): Promise<RunningServer> {
  // nginx and apache2 are in /usr/sbin, which is not on every user's PATH.
  const found = spawnSync('sh', ['-c', `PATH="$PATH:/usr/sbin:/sbin" command -v ${kind.binary}`], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  if (found.status !== 0 || !binary)
    throw new Error(`${kind.name}: ${kind.binary} is not installed; run npm run setup:system`);
  const dir = mkdtempSync(join(tmpdir(), `explainer-${kind.name}-`));
  chmodSync(dir, 0o755);
  const layout: Layout = { dir, site: join(dir, 'site'), config: join(dir, 'server-config'), port: await freePort() };
  cpSync(resolve(serveDir), layout.site, { recursive: true, filter: (from) => resolve(from) !== resolve(configDir) });
  cpSync(resolve(configDir), layout.config, { recursive: true });
  mkdirSync(join(dir, 'home'));
  let output = '';
  const child = spawn(binary, kind.args(layout), {
    cwd: dir,
    // Caddy keeps its state under HOME (XDG folders): the temporary folder, not the user's.
    env: {
      ...process.env,
      HOME: join(dir, 'home'),
      XDG_DATA_HOME: join(dir, 'home'),
      XDG_CONFIG_HOME: join(dir, 'home'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const errorLog = () => {
    try {
      return readFileSync(join(dir, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(layout.port, child, () => `${output}${errorLog()}`);
  } catch (error) {
    await stop();
    throw new Error(`${kind.name} did not start: ${(error as Error).message}`, { cause: error });
  }
  return { name: kind.name, origin: `http://127.0.0.1:${layout.port}`, port: layout.port, stop };
}
