// Puts the browser's scripts where the pages load them from (src/node/client-scripts.ts bundles
// them): under _astro/ of the build once it is written, and in `astro dev` at the same address,
// built from the sources as they are then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { clientScript } from '../node/client-scripts.ts';

/** The scripts served as files: the page script (Base.astro) and what it loads at first use. */
const served = () => clientScript('main');

export function clientScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'client-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
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
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const scripts = await served();
        for (const { file, code } of scripts) {
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), code);
        }
        logger.info(`wrote ${scripts.map((s) => s.file).join(', ')}`);
      },
    },
  };
}
