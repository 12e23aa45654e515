// Code is split by where it runs: what the browser loads never imports build-time code, so no
// Node module or content check can end up in a reader's download.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/content-copy.ts';

const src = join(projectRoot, 'src');
const sources = (folder: string) =>
  readdirSync(join(src, folder))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${folder}/${f}`);
const imports = (file: string) =>
  [...readFileSync(join(src, file), 'utf8').matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

/** The <script> blocks Astro bundles for the browser (not is:inline ones, whose source is written by the build). */
const clientScripts = () =>
  ['components', 'layouts', 'pages', 'pages/[locale]'].flatMap((folder) =>
    readdirSync(join(src, folder))
      .filter((f) => f.endsWith('.astro'))
      .flatMap((f) =>
        [
          ...readFileSync(join(src, folder, f), 'utf8').matchAll(
            /<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g,
          ),
        ].map((m) => ({ file: `${folder}/${f}`, code: m[1]! })),
      ),
  );

test('browser scripts and shared modules import nothing from src/node or Node itself', () => {
  const offending = [...sources('scripts'), ...sources('shared')].flatMap((file) =>
    imports(file)
      .filter((path) => path.includes('/node/') || path.startsWith('node:'))
      .map((path) => `${file} imports ${path}`),
  );
  for (const { file, code } of clientScripts()) {
    for (const [, path] of code.matchAll(/import\b[^'"]*['"]([^'"]+)['"]/g)) {
      if (path!.includes('/node/') || path!.startsWith('node:'))
        offending.push(`${file} (client script) imports ${path}`);
    }
  }
  expect(offending).toEqual([]);
});

test('what the browser scripts import from outside src/scripts is in src/shared, or a stylesheet they adopt', () => {
  const outside = sources('scripts').flatMap((file) =>
    imports(file)
      .filter(
        (path) =>
          path.startsWith('../') && !path.startsWith('../shared/') && !/^\.\.\/styles\/[\w-]+\.css\?style$/.test(path),
      )
      .map((path) => `${file} imports ${path}`),
  );
  expect(outside).toEqual([]);
});
