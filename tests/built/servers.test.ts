// The built site on the servers people run — nginx, Apache httpd and Caddy — each started on two
// loopback ports, HTTP and HTTPS, with a minimal main configuration that includes what the build
// wrote (server-config/nginx.conf, server-config/Caddyfile, dist/.htaccess), the sub-path build
// beside the host's own configuration, and asked for every page of the sitemap, every published
// file, missing addresses, the files only servers read, folders without their slash (with and
// without a port in the Host, behind a TLS proxy), revisits, odd names and methods, and over
// HTTPS. Each failure names the server, the address and the header.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cspOf } from '../../src/integrations/static-headers.ts';
import {
  COMPRESS_FROM,
  contentType,
  fileTypeOf,
  HSTS,
  SERVER_FILES,
  SITE_WIDE_HEADERS,
} from '../../src/node/serving/rules.ts';
import { allPagePaths, ROOT_BUILD, SUBPATH_BUILD, SUBPATH_SERVE_DIR, type Build } from '../support/site.ts';
import { HOST_PAGE, SERVERS, startServer, type RunningServer } from './web-servers.ts';

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

interface Asking {
  method?: string;
  /** Over HTTPS: the authority to trust (the server's own, made for the run). */
  ca?: Buffer;
}

function get(origin: string, path: string, headers: Record<string, string> = {}, asking: Asking = {}): Promise<Answer> {
  const request = origin.startsWith('https:') ? httpsRequest : httpRequest;
  const options = { method: asking.method ?? 'GET', headers: { 'accept-encoding': 'gzip', ...headers }, ca: asking.ca };
  return new Promise((done, fail) => {
    const req = request(`${origin}${path}`, options, (res) => {
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
    describe(`${kind.name} with the generated configuration, the site at ${build.base}`, () => {
      let server: RunningServer | undefined;
      const at = (path: string, header?: string) => `${kind.name} ${path}${header ? ` ${header}` : ''}`;

      beforeAll(async () => {
        expect(existsSync(join(configDir, 'nginx.conf')), `${configDir} is missing: run npm run build`).toBe(true);
        server = await startServer(kind, root, configDir, { beside: build.base !== '/' });
      });
      afterAll(async () => {
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

      test('a folder without its slash is redirected to the host and scheme the client used', async () => {
        const folders = allPagePaths(build).filter((p) => p.endsWith('/') && p !== build.base);
        expect(folders.length).toBeGreaterThan(0);
        // As asked through a port mapping, at the default port, and through a proxy that ended TLS.
        const clients: { headers: Record<string, string>; origin: string }[] = [
          { headers: { host: 'site.example:8443' }, origin: 'http://site.example:8443' },
          { headers: { host: 'site.example' }, origin: 'http://site.example' },
          { headers: { host: 'site.example', 'x-forwarded-proto': 'https' }, origin: 'https://site.example' },
        ];
        for (const folder of folders) {
          const path = folder.slice(0, -1);
          for (const client of clients) {
            const answer = await get(server!.origin, path, client.headers);
            const where = at(path, JSON.stringify(client.headers));
            expect.soft([301, 302, 307, 308], `${where} status`).toContain(answer.status);
            const location = answer.headers.location ?? '';
            expect.soft(location, `${where} Location`).not.toContain(`:${server!.port}`);
            expect
              .soft(new URL(location, `${client.origin}${path}`).href, `${where} Location`)
              .toBe(`${client.origin}${folder}`);
          }
        }
      });

      if (build.base !== '/')
        test('the base without its slash is redirected to the base', async () => {
          const path = build.base.slice(0, -1);
          const answer = await get(server!.origin, path, { host: 'site.example' });
          expect([301, 302, 307, 308], at(path, 'status')).toContain(answer.status);
          // Apache's own redirect, from the folder above the site's .htaccess, may name its port.
          expect(new URL(answer.headers.location ?? '', `http://site.example${path}`).pathname).toBe(build.base);
        });

      test('a revisit is answered 304 Not Modified, compressed or not', async () => {
        const files = ['', 'ko/', 'data/glossary.json', 'data/glossary.csv', 'robots.txt'];
        const asset = publishedFiles(build).find((f) => f.startsWith('_astro/') && f.endsWith('.js'));
        expect(asset, 'a script in _astro/').toBeDefined();
        for (const file of [...files, asset!]) {
          const path = `${build.base}${file}`;
          for (const encoding of ['gzip', 'identity']) {
            const where = at(path, `Accept-Encoding: ${encoding}`);
            const first = await get(server!.origin, path, { 'accept-encoding': encoding });
            expect.soft(first.status, `${where} status`).toBe(200);
            const etag = first.headers.etag;
            expect.soft(etag, `${where} ETag`).toBeTruthy();
            if (!etag) continue;
            const again = await get(server!.origin, path, { 'accept-encoding': encoding, 'if-none-match': etag });
            expect.soft(again.status, `${where} revisit with If-None-Match: ${etag}`).toBe(304);
            expect.soft(again.body.length, `${where} revisit body`).toBe(0);
          }
        }
      });

      test('a name no file can have is a 4xx, never a server error', async () => {
        const odd = ['ko/%00', `ko/${'a'.repeat(300)}`, `${'b'.repeat(256)}.html`, `ko/${'c'.repeat(255)}/`];
        for (const path of odd.map((p) => `${build.base}${p}`)) {
          const answer = await get(server!.origin, path);
          expect.soft([400, 403, 404, 414], at(path.slice(0, 40), 'status')).toContain(answer.status);
        }
      });

      test('only GET and HEAD read: PUT, DELETE, PROPFIND and POST get 405 and change nothing', async () => {
        const page = `${build.base}ko/`;
        const html = readFileSync(fileOf(build, page), 'utf8');
        for (const method of ['PUT', 'DELETE', 'PROPFIND', 'POST']) {
          for (const path of [page, `${page}index.html`, `${build.base}data/new.json`]) {
            const answer = await get(server!.origin, path, {}, { method });
            // A file that is not there may be missing (404) before the method is refused.
            const refused = path.endsWith('new.json') ? [404, 405] : [405];
            expect.soft(refused, at(path, method)).toContain(answer.status);
            expect.soft(answer.body.toString('utf8') === html, at(path, `${method} body is not the page`)).toBe(false);
          }
        }
        const after = await get(server!.origin, page);
        expect(after.body.toString('utf8') === html, 'the page is unchanged').toBe(true);
        expect((await get(server!.origin, `${build.base}data/new.json`)).status).toBe(404);
      });

      test("the server's version is in no header and on no error page", async () => {
        const answers = await Promise.all([
          get(server!.origin, `${build.base}ko/`),
          get(server!.origin, `${build.base}missing/`),
          get(server!.origin, `${build.base}ko/`, {}, { method: 'PUT' }),
          get(server!.origin, `${build.base}ko/%00`),
        ]);
        for (const answer of answers) {
          const where = at(String(answer.status));
          expect.soft(answer.headers.server ?? '', `${where} Server`).not.toMatch(/\d/);
          expect.soft(answer.body.toString('utf8'), `${where} body`).not.toMatch(/(nginx|Apache|Caddy)\/?\s?\d/i);
        }
      });

      test('Strict-Transport-Security over HTTPS on every page and error, and never over plain HTTP', async () => {
        const paths = [
          ...allPagePaths(build),
          `${build.base}missing/`,
          `${build.base}data/glossary.json`,
          `${build.base}ko`,
        ];
        for (const path of paths) {
          const secure = await get(server!.secureOrigin, path, {}, { ca: server!.ca });
          const where = at(path, 'over HTTPS');
          const hsts = secure.headers['strict-transport-security'] ?? '';
          expect.soft(hsts, `${where} Strict-Transport-Security`).toBe(HSTS[1]);
          expect.soft(Number(/max-age=(\d+)/.exec(hsts)?.[1]), `${where} max-age`).toBeGreaterThanOrEqual(15552000);
          expect.soft(hsts, `${where} no preload`).not.toMatch(/preload/);
          const plain = await get(server!.origin, path);
          expect.soft(plain.headers['strict-transport-security'], at(path, 'over HTTP')).toBeUndefined();
        }
        // HTTPS changes nothing else: the page's own policy and the security headers.
        const page = `${build.base}ko/`;
        const secure = await get(server!.secureOrigin, page, {}, { ca: server!.ca });
        expect(secure.status).toBe(200);
        expect(secure.headers['content-security-policy']).toBe(
          expectedPolicy(readFileSync(fileOf(build, page), 'utf8')),
        );
        expectSecurityHeaders(secure, at(page, 'over HTTPS'));
      });

      if (build.base !== '/')
        test("beside the host's own configuration, the rest of the host keeps its own types and 404", async () => {
          const page = await get(server!.origin, HOST_PAGE.path);
          expect(page.status, at(HOST_PAGE.path, 'status')).toBe(200);
          expect(page.headers['content-type'], at(HOST_PAGE.path, 'Content-Type')).toMatch(/^text\/html\b/);
          expect(page.headers['content-security-policy'], at(HOST_PAGE.path, 'no site policy')).toBeUndefined();
          expect(page.body.toString('utf8')).toBe(HOST_PAGE.body);
          const notFound = readFileSync(join(build.dir, '404.html'), 'utf8');
          for (const path of ['/missing-host-page/', '/other/missing.json']) {
            const answer = await get(server!.origin, path);
            expect.soft(answer.status, at(path, 'status')).toBe(404);
            expect.soft(answer.body.toString('utf8') === notFound, at(path, "not the site's 404 page")).toBe(false);
          }
        });
    });
  }
}
