// A plain static file server for the tests that serve one build at other paths than it was built
// for: each mount (e.g. /other/, /a/b/c/) serves the same folder, a folder's index.html for a
// folder, a redirect to the folder for its name without the slash, and the build's 404.html with
// status 404 for anything missing, as static hosts do. Nothing else: no rewrites, no headers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { freePort } from './ports.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where the any-path tests serve dist/, built for the root: a renamed folder, a project site's depth. */
export const OTHER_MOUNTS = ['/other/', '/a/b/c/'];

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveAt(dir: string, mounts: string[]): Promise<StaticServer> {
  const port = await freePort();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const mount = mounts.find((m) => path.startsWith(m));
    let file = mount ? join(dir, normalize(`/${path.slice(mount.length)}`)) : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = file && existsSync(file) && statSync(file).isFile();
    const served = found ? file! : join(dir, '404.html');
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
