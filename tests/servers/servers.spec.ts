// The built site on the servers people run — nginx, Apache httpd and Caddy — each started on a
// loopback port with a minimal main configuration that includes what the build wrote
// (server-config/nginx.conf, server-config/Caddyfile, dist/.htaccess), and asked over HTTP for
// every page of the sitemap, every published file, missing addresses, the files only servers
// read, and folders without their slash. Each failure names the server, the address and the header.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cspOf } from '../../src/integrations/static-headers.ts';
import {
  COMPRESS_FROM,
  contentType,
  fileTypeOf,
  SERVER_FILES,
  SITE_WIDE_HEADERS,
} from '../../src/node/serving/rules.ts';
import { allPagePaths, ROOT_BUILD, SUBPATH_BUILD, SUBPATH_SERVE_DIR, type Build } from '../support/site.ts';
import { SERVERS, startServer, type RunningServer } from '../support/web-servers.ts';

/** Each build, with the folder a server's root is (the build, or the folder holding the sub-path build). */
const LAYOUTS: { build: Build; root: string }[] = [
  { build: ROOT_BUILD, root: ROOT_BUILD.dir },
  { build: SUBPATH_BUILD, root: SUBPATH_SERVE_DIR },
];

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, decompressed if it was compressed. */
  body: Buffer;
}

function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        done({ status: res.statusCode!, headers: res.headers, body });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** The policy a page's header must carry: its meta tag's, plus what only a header can say. */
const expectedPolicy = (html: string) => `${cspOf(html)!.replace(/\s+/g, ' ').trim()} frame-ancestors 'none';`;

/** The built file an address is served from: '/ko/' is ko/index.html. */
const fileOf = (build: Build, path: string) =>
  join(build.dir, path.slice(build.base.length).replace(/(^|\/)$/, '$1index.html'));

function publishedFiles(build: Build): string[] {
  return readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(build.dir, f)).isFile() && !(SERVER_FILES as readonly string[]).includes(f))
    .map((f) => f.split('\\').join('/'))
    .sort();
}

function expectSecurityHeaders(answer: Answer, where: string) {
  for (const [name, value] of SITE_WIDE_HEADERS) {
    expect.soft(answer.headers[name.toLowerCase()], `${where}: ${name}`).toBe(value);
  }
}

for (const { build, root } of LAYOUTS) {
  const configDir = join(dirname(resolve(build.dir)), 'server-config');
  for (const kind of SERVERS) {
    test.describe(`${kind.name} with the generated configuration, the site at ${build.base}`, () => {
      let server: RunningServer | undefined;
      const at = (path: string, header?: string) => `${kind.name} ${path}${header ? ` ${header}` : ''}`;

      test.beforeAll(async () => {
        expect(existsSync(join(configDir, 'nginx.conf')), `${configDir} is missing: run npm run build`).toBe(true);
        server = await startServer(kind, root, configDir);
      });
      test.afterAll(async () => {
        await server?.stop();
      });

      test('every page: 200, HTML in UTF-8, its own CSP, the security headers, revalidated, gzipped', async () => {
        const paths = allPagePaths(build);
        expect(paths.length).toBeGreaterThan(5);
        for (const path of paths) {
          const answer = await get(server!.origin, path);
          const html = readFileSync(fileOf(build, path), 'utf8');
          expect.soft(answer.status, at(path, 'status')).toBe(200);
          expect.soft(answer.headers['content-type'], at(path, 'Content-Type')).toBe('text/html; charset=utf-8');
          expect
            .soft(answer.headers['content-security-policy'], at(path, 'Content-Security-Policy'))
            .toBe(expectedPolicy(html));
          expectSecurityHeaders(answer, at(path));
          expect.soft(answer.headers['cache-control'], at(path, 'Cache-Control')).toBe('no-cache');
          expect.soft(answer.headers['content-encoding'], at(path, 'Content-Encoding')).toBe('gzip');
          expect.soft(answer.body.toString('utf8') === html, at(path, 'body is the built page')).toBe(true);
        }
      });

      test('every published file: its type with charset=utf-8 for text, hashed assets cached a year, text gzipped', async () => {
        const files = publishedFiles(build);
        expect(
          files.some((f) => f.startsWith('_astro/')),
          'hashed assets in _astro/',
        ).toBe(true);
        for (const file of files) {
          const path = `${build.base}${file}`;
          const type = fileTypeOf(file)!;
          const bytes = readFileSync(join(build.dir, file));
          const answer = await get(server!.origin, path);
          expect.soft(answer.status, at(path, 'status')).toBe(200);
          expect.soft(answer.headers['content-type'], at(path, 'Content-Type')).toBe(contentType(type));
          if (type.text)
            expect.soft(answer.headers['content-type'], at(path, 'Content-Type')).toMatch(/; charset=utf-8$/);
          expectSecurityHeaders(answer, at(path));
          const cache = answer.headers['cache-control'] ?? '';
          if (file.startsWith('_astro/')) {
            expect.soft(cache, at(path, 'Cache-Control')).toMatch(/\bmax-age=31536000\b/);
            expect.soft(cache, at(path, 'Cache-Control')).toMatch(/\bimmutable\b/);
          } else {
            expect.soft(cache, at(path, 'Cache-Control')).toBe('no-cache');
          }
          if (type.text && bytes.length >= COMPRESS_FROM) {
            expect.soft(answer.headers['content-encoding'], at(path, 'Content-Encoding')).toBe('gzip');
            expect.soft(answer.headers.vary ?? '', at(path, 'Vary')).toMatch(/accept-encoding/i);
          }
          expect.soft(answer.body.equals(bytes), at(path, 'body is the built file')).toBe(true);
        }
      });

      test("a missing address, at any depth, gets the site's 404 page with status 404", async () => {
        const notFound = readFileSync(join(build.dir, '404.html'), 'utf8');
        const missing = [
          '/no-such-page/',
          '/ko/no-such-page/',
          '/a/b/c/d.json',
          '/ko/missing.html',
          '/_astro/',
          '/data/',
        ];
        for (const path of missing.map((p) => `${build.base}${p.slice(1)}`)) {
          const answer = await get(server!.origin, path);
          expect.soft(answer.status, at(path, 'status')).toBe(404);
          expect.soft(answer.headers['content-type'], at(path, 'Content-Type')).toBe('text/html; charset=utf-8');
          expect.soft(answer.body.toString('utf8') === notFound, at(path, 'body is the site 404 page')).toBe(true);
          expect
            .soft(answer.headers['content-security-policy'], at(path, 'Content-Security-Policy'))
            .toBe(expectedPolicy(notFound));
          expectSecurityHeaders(answer, at(path));
        }
      });

      test('_headers, .htaccess and server-config/ are served to no one', async () => {
        const hidden = [
          ['/_headers', join(build.dir, '_headers')],
          ['/.htaccess', join(build.dir, '.htaccess')],
          ['/server-config/nginx.conf', join(configDir, 'nginx.conf')],
          ['/server-config/Caddyfile', join(configDir, 'Caddyfile')],
        ] as const;
        for (const [address, file] of hidden) {
          const path = `${build.base}${address.slice(1)}`;
          const answer = await get(server!.origin, path);
          expect.soft([403, 404], at(path, 'status')).toContain(answer.status);
          const firstLine = readFileSync(file, 'utf8').split('\n')[0]!;
          expect.soft(answer.body.toString('utf8'), at(path, 'body')).not.toContain(firstLine);
        }
      });

      test("a folder without its slash is redirected without naming the server's port", async () => {
        const host = 'site.example:8443';
        const folders = allPagePaths(build).filter((p) => p.endsWith('/') && p !== build.base);
        expect(folders.length).toBeGreaterThan(0);
        for (const folder of folders) {
          const path = folder.slice(0, -1);
          const answer = await get(server!.origin, path, { host });
          expect.soft([301, 302, 307, 308], at(path, 'status')).toContain(answer.status);
          const location = answer.headers.location ?? '';
          expect.soft(location, at(path, 'Location')).not.toContain(`:${server!.port}`);
          expect
            .soft(new URL(location, `http://${host}${path}`).href, at(path, 'Location'))
            .toBe(`http://${host}${folder}`);
        }
      });
    });
  }
}
