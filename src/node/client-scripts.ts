// The browser's scripts (src/scripts/), bundled here with Rolldown (Vite's bundler) rather than by
// Astro. Astro writes module scripts and reaches lazily loaded code with import(); a page opened
// from disk (file://, whose origin is null) refuses both. So each entry is built as one classic
// script (an IIFE) under _astro/, named by a hash of its content, which a page's boot script
// (src/node/page-boot.ts) starts, or which a page inlines. src/integrations/client-scripts.ts
// writes the files after the build and serves them in `astro dev`.
//
// Parts loaded at the reader's first use: a script imports one with the suffix `?script`
// (`import player from './player.ts?script'`), which bundles that file on its own as a part of
// this script, and gives its name (`player`) for loadScript(player) (src/scripts/load-script.ts).
// A part's file is named after the script that loads it (main.Ab12Cd34.player.js), so that
// script's code names it by a word rather than by a hash; the hash covers the parts as well. A
// part's name is its file's name alone, so two parts of one script with the same file name in
// different folders stop the build.
//
// Styles that matter only once a part has run (what "show original" reveals, the player's
// controls): the part imports a stylesheet with the suffix `?style`
// (`import playing from '../styles/playing.css?style'`), which gives its rules minified by
// Lightning CSS for the same engines as the page's own, for adoptStyle() (adopt-style.ts).
import { rolldown, type Plugin } from 'rolldown';
import { transform } from 'lightningcss';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { browserTargets } from './browser-targets.ts';

export interface ClientScript {
  /** Where it is served, under the site's base: _astro/main.Ab12Cd34.js. */
  file: string;
  code: string;
}

const SCRIPTS = 'src/scripts';
const SUFFIX = '?script';
const STYLE = '?style';
/** Rollup's mark of a module that no file holds: the name of a part. */
const PART = '\0script-part:';

/** An entry as built: its code, its parts, and the files they came from with their modification times. */
interface Built {
  code: string;
  parts: { name: string; built: Built }[];
  inputs: Map<string, number>;
}
const cache = new Map<string, Promise<Built>>();

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const partName = (file: string) => basename(file, '.ts');

/**
 * The script src/scripts/<name>.ts (or <name>.ts of another folder) as the browser gets it, then
 * each of its parts. Built once, and again when one of its files has changed (in `astro dev`).
 */
export async function clientScript(name: string, folder = SCRIPTS): Promise<ClientScript[]> {
  const built = await bundle(resolve(process.cwd(), folder, `${name}.ts`));
  const files = (stem: string, { code, parts }: Built): ClientScript[] => [
    { file: `${stem}.js`, code },
    ...parts.flatMap((part) => files(`${stem}.${part.name}`, part.built)),
  ];
  const hash = createHash('sha256');
  for (const { code } of files('', built)) hash.update(code);
  return files(`_astro/${name}.${hash.digest('base64url').slice(0, 8)}`, built);
}

async function bundle(entry: string): Promise<Built> {
  const cached = await cache.get(entry)?.catch(() => undefined);
  if (cached && [...cached.inputs].every(([file, time]) => modified(file) === time)) return cached;
  const built = buildScript(entry);
  cache.set(entry, built);
  return built;
}

async function buildScript(entry: string): Promise<Built> {
  const parts: Built['parts'] = [];
  const bundler = await rolldown({
    input: entry,
    platform: 'browser',
    transform: { target: browserTargets.js },
    plugins: [scriptParts(entry, parts), styles()],
  });
  const { output } = await bundler.generate({ format: 'iife', minify: true });
  await bundler.close();
  const [chunk] = output;
  const inputs = new Map(
    chunk.moduleIds
      .filter((id) => !id.startsWith(PART))
      .map((id) => id.replace(STYLE, ''))
      .map((file) => [file, modified(file)]),
  );
  for (const part of parts) for (const [file, time] of part.built.inputs) inputs.set(file, time);
  // In the order of their names, not the order their builds finished in: the hash covers them.
  parts.sort((a, b) => a.name.localeCompare(b.name));
  return { code: chunk.code.trim(), parts, inputs };
}

/** `import x from './x.ts?script'`: x.ts is bundled on its own as a part, and x is its name. */
function scriptParts(entry: string, parts: Built['parts']): Plugin {
  /** The file each name was given to, claimed before the part is built (parts load concurrently). */
  const files = new Map<string, string>();
  return {
    name: 'script-parts',
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      return PART + resolve(dirname(importer), source.slice(0, -SUFFIX.length));
    },
    async load(id) {
      if (!id.startsWith(PART)) return null;
      const file = id.slice(PART.length);
      const name = partName(file);
      const claimed = files.get(name);
      if (claimed && claimed !== file)
        throw new Error(
          `${relative(process.cwd(), entry)} has two parts named ${name}, ${relative(process.cwd(), claimed)} and ${relative(process.cwd(), file)}: a part is named by its file's name alone; rename one of them`,
        );
      if (!claimed) {
        files.set(name, file);
        parts.push({ name, built: await bundle(file) });
      }
      return `export default ${JSON.stringify(name)}`;
    },
  };
}

/** `import css from '../styles/x.css?style'`: x.css minified for the site's engines, as a string. */
function styles(): Plugin {
  return {
    name: 'styles',
    resolveId(source, importer) {
      if (!source.endsWith(STYLE) || !importer) return null;
      return resolve(dirname(importer), source);
    },
    load(id) {
      if (!id.endsWith(STYLE)) return null;
      const filename = id.slice(0, -STYLE.length);
      const { code } = transform({
        filename,
        code: readFileSync(filename),
        minify: true,
        targets: browserTargets.lightningcss,
      });
      return `export default ${JSON.stringify(code.toString())}`;
    },
  };
}
