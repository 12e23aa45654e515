// Puts the browser's scripts where the pages load them from (src/node/client-scripts.ts bundles
// them): under _astro/ of the build once it is written, and in `astro dev` at the same address,
// built from the sources as they are then. built-site.ts calls both.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { clientScript } from '../node/client-scripts.ts';

/** The scripts served as files: the page script (Base.astro) and what it loads at first use. */
const served = () => clientScript('main');

/** Answers, in `astro dev`, for the scripts the pages name under `${base}_astro/`. */
export function serveClientScripts(server: ViteDevServer, base: string): void {
  server.middlewares.use((request, response, next) => {
    const path = request.url?.split('?')[0] ?? '';
    if (!path.startsWith(`${base}_astro/`)) return next();
    served().then((scripts) => {
      const script = scripts.find((s) => base + s.file === path);
      if (!script) return next();
      response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      response.end(script.code);
    }, next);
  });
}

/** Writes the scripts into the build; gives their files. */
export async function writeClientScripts(outDir: string): Promise<string[]> {
  const scripts = await served();
  for (const { file, code } of scripts) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), code);
  }
  return scripts.map((s) => s.file);
}
