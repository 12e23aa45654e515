// The browser's scripts as classic scripts: a page opened from disk refuses module scripts and
// import(), so nothing the pages load may be a module or import one; each part loaded at first
// use is named after the script that loads it, which names it by a word, so no two may share a name.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { clientScript } from '../../src/node/client-scripts.ts';

test('the page script and its parts are classic scripts, the parts named after it', async () => {
  const [main, ...parts] = await clientScript('main');
  expect(main!.file).toMatch(/^_astro\/main\.[\w-]{8}\.js$/);
  const stem = main!.file.slice(0, -'.js'.length);
  const partNames = ['card-mouse-keys', 'from-disk', 'listen-player', 'other-paragraph', 'scrolled', 'word-cards'];
  expect(parts.map((p) => p.file).sort()).toEqual(partNames.map((name) => `${stem}.${name}.js`));
  for (const { file, code } of [main!, ...parts]) {
    expect(code, file).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
    expect(code, file).not.toMatch(/\bimport\s*\(|\bimport\.meta\b|^\s*(import|export)\b/m);
  }
  expect(main!.code).toContain('`other-paragraph`');
  // A part's styles (`?style`) come minified inside it, and the page script carries none.
  const revealing = parts.find((p) => p.file.endsWith('.other-paragraph.js'))!.code;
  expect(revealing).toContain(
    '.para:has(>blockquote:not([hidden]))):has(p>:first-child:is(:hover,:focus-within,:target))',
  );
  expect(revealing).toContain('.other-para{');
  expect(revealing).not.toContain('prettier-ignore'); // the stylesheet's comments are gone
  expect(main!.code).not.toContain('adoptedStyleSheets');
});

test('the page script is named the same however its parts are built', async () => {
  // Each round builds afresh (a new module, an empty cache), its parts concurrently.
  const names = new Set<string>();
  for (let i = 0; i < 8; i++) {
    vi.resetModules();
    const { clientScript: fresh } = await import('../../src/node/client-scripts.ts');
    names.add((await fresh('main'))[0]!.file);
  }
  expect(names.size).toBe(1);
});

test('two parts of one name stop the build, naming both files', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'script-parts-'));
  try {
    for (const dir of ['a', 'b']) {
      mkdirSync(join(folder, dir));
      writeFileSync(join(folder, dir, 'player.ts'), `console.log('${dir}');`);
    }
    writeFileSync(
      join(folder, 'page.ts'),
      "import a from './a/player.ts?script';\nimport b from './b/player.ts?script';\nconsole.log(a, b);",
    );
    const built = clientScript('page', folder);
    await expect(built).rejects.toThrow(/page\.ts has two parts named player, /);
    // Which of the two is named first depends on which was bundled first.
    await expect(built).rejects.toThrow(/[/\\]a[/\\]player\.ts\b/);
    await expect(built).rejects.toThrow(/[/\\]b[/\\]player\.ts\b/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
