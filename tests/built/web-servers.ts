// nginx, Apache httpd and Caddy, each started on two free loopback ports, one for HTTP and one for
// HTTPS, with a minimal main configuration of its own that includes the configuration the build
// wrote, serving a copy of the build laid out as on a host: the published folder, with
// server-config/ beside it. The copy sits in a temporary folder that any user can read, since
// Apache, started as root, serves as www-data. HTTPS uses a certificate made for the run: Caddy's
// own local authority (tls internal), and for nginx and Apache one that openssl signs itself, for
// 127.0.0.1 only. Apache's sites are virtual hosts on their ports, as on a host (where Apache then
// writes that port into its redirects). A site under a sub-path is served beside the host's own
// configuration for the rest of the host: its own location /, its own types, its own 404 and a
// page of its own (HOST_PAGE), as a host that gives the site one folder has.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/ports.ts';

export interface RunningServer {
  name: string;
  origin: string;
  port: number;
  /** https://127.0.0.1:<port>, and the certificate of the authority that signed its certificate. */
  secureOrigin: string;
  ca: Buffer;
  stop(): Promise<void>;
}

/** A page of the host's own, beside a site under a sub-path: `.htm`, a kind the site does not have. */
export const HOST_PAGE = { path: '/host-page.htm', body: '<!doctype html><title>The host’s own page</title>\n' };

interface Layout {
  dir: string;
  site: string;
  config: string;
  port: number;
  tlsPort: number;
  /** The certificate and key openssl made for 127.0.0.1. */
  cert: string;
  key: string;
  /** Whether the site is beside the host's own configuration (it is under a sub-path). */
  beside: boolean;
}

interface ServerKind {
  name: string;
  binary: string;
  /** Writes the main configuration into dir and returns the arguments that run it in the foreground. */
  args(layout: Layout): string[];
  /** The arguments that check that configuration, as its owner would before a reload. */
  check(layout: Layout): string[];
}

const asRoot = process.getuid?.() === 0;

export const SERVERS: ServerKind[] = [
  {
    name: 'nginx',
    binary: 'nginx',
    args: ({ dir, site, config, port, tlsPort, cert, key, beside }) => {
      const conf = join(dir, 'nginx.conf');
      const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
      const server = (listen: string, tls: string[]) => [
        '  server {',
        `    listen ${listen};`,
        ...tls.map((line) => `    ${line}`),
        `    root ${site};`,
        // The host's own: its types, its location / and its 404 (nginx's), around the site's sub-path.
        // What the README asks of a host that gives the site a sub-path: no version on nginx's own
        // pages, including those it writes before any location is chosen (400 for a NUL byte).
        ...(beside
          ? ['    include /etc/nginx/mime.types;', '    server_tokens off;', '    location / {', '    }']
          : []),
        `    include ${join(config, 'nginx.conf')};`,
        '  }',
      ];
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
          ...server(`127.0.0.1:${port}`, []),
          ...server(`127.0.0.1:${tlsPort} ssl`, [`ssl_certificate ${cert};`, `ssl_certificate_key ${key};`]),
          '}',
        ].join('\n'),
      );
      return ['-e', join(dir, 'error.log'), '-p', dir, '-c', conf];
    },
    check: ({ dir }) => ['-t', '-e', join(dir, 'error.log'), '-p', dir, '-c', join(dir, 'nginx.conf')],
  },
  {
    name: 'apache',
    binary: 'apache2',
    args: ({ dir, site, port, tlsPort, cert, key, beside }) => {
      const conf = join(dir, 'httpd.conf');
      const modules = [
        'mpm_event',
        'authz_core',
        'dir',
        'mime',
        'headers',
        'deflate',
        'filter',
        'rewrite',
        'socache_shmcb',
        'ssl',
      ];
      writeFileSync(
        conf,
        [
          `ServerRoot ${dir}`,
          ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
          // Apache refuses to serve as root; as any other user it stays that user.
          ...(asRoot ? ['User www-data', 'Group www-data'] : []),
          `Listen 127.0.0.1:${port}`,
          `Listen 127.0.0.1:${tlsPort}`,
          'ServerName localhost',
          // What the README asks of the main configuration: no version in the Server header.
          'ServerTokens Prod',
          `PidFile ${join(dir, 'httpd.pid')}`,
          `DefaultRuntimeDir ${dir}`,
          `ErrorLog ${join(dir, 'error.log')}`,
          'LogLevel warn',
          // Types come from the site's .htaccess alone, not from the system's list.
          'TypesConfig /dev/null',
          // The host's own type for its own pages, beside the site's.
          ...(beside ? ['AddType text/html .htm'] : []),
          `DocumentRoot ${site}`,
          '<Directory />',
          '  AllowOverride None',
          '  Require all denied',
          '</Directory>',
          `<Directory ${site}>`,
          '  AllowOverride All',
          '  Require all granted',
          '</Directory>',
          `<VirtualHost 127.0.0.1:${port}>`,
          '</VirtualHost>',
          `<VirtualHost 127.0.0.1:${tlsPort}>`,
          '  SSLEngine on',
          `  SSLCertificateFile ${cert}`,
          `  SSLCertificateKeyFile ${key}`,
          '</VirtualHost>',
        ].join('\n'),
      );
      return ['-f', conf, '-DFOREGROUND'];
    },
    check: ({ dir }) => ['-t', '-f', join(dir, 'httpd.conf')],
  },
  {
    name: 'caddy',
    binary: 'caddy',
    args: ({ dir, site, config, port, tlsPort, beside }) => {
      const conf = join(dir, 'Caddyfile');
      const body = [
        `\troot * ${site}`,
        `\timport ${join(config, 'Caddyfile')}`,
        // The host's own file server for the rest of the host.
        ...(beside ? ['\thandle {', '\t\tfile_server', '\t}'] : []),
      ];
      writeFileSync(
        conf,
        [
          '{',
          '\tadmin off',
          // No redirect from port 80, and the local authority stays out of the system's trust store.
          '\tauto_https disable_redirects',
          '\tskip_install_trust',
          '}',
          `http://:${port} {`,
          '\tbind 127.0.0.1',
          ...body,
          '}',
          `https://127.0.0.1:${tlsPort} {`,
          '\tbind 127.0.0.1',
          '\ttls internal',
          ...body,
          '}',
        ].join('\n'),
      );
      return ['run', '--config', conf, '--adapter', 'caddyfile'];
    },
    check: ({ dir }) => ['validate', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
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

/** A certificate and key for 127.0.0.1, valid for a day, signed by itself. */
function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a certificate:\n${made.stderr}`);
  return { cert, key };
}

/** Caddy's local authority's root certificate, once Caddy has made it (it does so as it starts). */
async function caddyRoot(home: string): Promise<Buffer> {
  const file = join(home, 'caddy', 'pki', 'authorities', 'local', 'root.crt');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((done) => setTimeout(done, 100));
  return readFileSync(file);
}

/**
 * Starts one server with serveDir as its root (the build, or under a sub-path the folder that holds
 * it), its server configuration read from configDir (the build's server-config/, which is left out
 * of the root if it is inside it), after the server's own check of the whole configuration. With
 * `beside`, the site's configuration is included beside the host's own (see HOST_PAGE). It is
 * stopped by stop(), and also if the tests' process ends first.
 */
export async function startServer(
  kind: ServerKind,
  serveDir: string,
  configDir: string,
  { beside = false } = {},
): Promise<RunningServer> {
  // nginx and apache2 are in /usr/sbin, which is not on every user's PATH.
  const found = spawnSync('sh', ['-c', `PATH="$PATH:/usr/sbin:/sbin" command -v ${kind.binary}`], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  if (found.status !== 0 || !binary)
    throw new Error(`${kind.name}: ${kind.binary} is not installed; run npm run setup:system`);
  const dir = mkdtempSync(join(tmpdir(), `explainer-${kind.name}-`));
  chmodSync(dir, 0o755);
  const port = await freePort();
  let tlsPort = await freePort();
  while (tlsPort === port) tlsPort = await freePort();
  const layout: Layout = {
    dir,
    site: join(dir, 'site'),
    config: join(dir, 'server-config'),
    port,
    tlsPort,
    ...selfSignedCertificate(dir),
    beside,
  };
  cpSync(resolve(serveDir), layout.site, { recursive: true, filter: (from) => resolve(from) !== resolve(configDir) });
  cpSync(resolve(configDir), layout.config, { recursive: true });
  if (beside) writeFileSync(join(layout.site, HOST_PAGE.path), HOST_PAGE.body);
  const home = join(dir, 'home');
  mkdirSync(home);
  // Caddy keeps its state under HOME (XDG folders): the temporary folder, not the user's.
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home };
  const args = kind.args(layout);
  const checked = spawnSync(binary, kind.check(layout), { cwd: dir, env, encoding: 'utf8' });
  if (checked.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${kind.name}'s check of its configuration fails:\n${checked.stdout}${checked.stderr}`);
  }
  let output = '';
  const child = spawn(binary, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
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
  let ca: Buffer;
  try {
    await listening(port, child, () => `${output}${errorLog()}`);
    await listening(tlsPort, child, () => `${output}${errorLog()}`);
    ca = kind.name === 'caddy' ? await caddyRoot(home) : readFileSync(layout.cert);
  } catch (error) {
    await stop();
    throw new Error(`${kind.name} did not start: ${(error as Error).message}`, { cause: error });
  }
  return {
    name: kind.name,
    origin: `http://127.0.0.1:${port}`,
    port,
    secureOrigin: `https://127.0.0.1:${tlsPort}`,
    ca,
    stop,
  };
}
