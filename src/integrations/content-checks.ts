// Runs the content checks before Astro builds or serves anything, and again in `astro dev` whenever
// a content file changes. A failed build prints the problems once and removes any earlier output
// folder, so a broken build can never leave a deployable-looking dist/ behind; a failed check in
// dev shows Astro's error overlay naming the content file until the file is fixed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { checkContent, type CheckResult } from '../node/checks/index.ts';
import { koreanDictionary, type KoreanDictionary } from '../node/words/dictionary.ts';
import { formatProblem, type Problem } from '../node/checks/problem.ts';
import { ContentFolder } from '../node/content-files.ts';
import { contentDir } from '../node/content-dir.ts';
import { escapeXml } from '../node/formats/xml.ts';

const problemList = (errors: Problem[]) => errors.map((e) => `  - ${formatProblem(e)}`).join('\n');

/** The content folder and the problems its last check found. */
interface ContentState {
  root: string;
  dir: string;
  errors: () => Problem[];
  /** Checks again; true when the problems changed. */
  recheck: () => boolean;
  /** Brings Astro's content collections up to date with the files. */
  refresh: () => Promise<void> | undefined;
}

export function contentChecks(): AstroIntegration {
  let root = '';
  let dir = '';
  let result: CheckResult = { errors: [], warnings: [] };
  let dictionary: KoreanDictionary;
  const run = () => (result = checkContent(new ContentFolder(root, dir), dictionary));
  const listed = () => result.errors.map(formatProblem).join('\n');

  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        dir = contentDir(root);
        forgetOtherFolderCache(config, dir);
        dictionary = await koreanDictionary();
        run();
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        if (result.errors.length === 0) return;
        if (command === 'dev') {
          // The server starts anyway and shows the problems in the browser, so the editor can fix them there.
          logger.error(`The content has ${result.errors.length} problem(s):\n${problemList(result.errors)}`);
          return;
        }
        if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        // Ending here rather than throwing: Astro wraps an error thrown from a hook in an
        // "unhandled error" line and a stack trace into node_modules, which say nothing to an editor.
        logger.error(
          `The content has ${result.errors.length} problem(s); nothing was built:\n${problemList(result.errors)}`,
        );
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const recheck = () => {
          const before = listed();
          run();
          return listed() !== before;
        };
        watchContent(server, logger, {
          root,
          dir,
          errors: () => result.errors,
          recheck,
          refresh: () => refreshContent?.({}),
        });
      },
    },
  };
}

/**
 * Astro's content cache keeps an entry whose text is unchanged, with the path it was read from;
 * after CONTENT_DIR pointed elsewhere (the tests build and serve copies) it would import files
 * from a folder that may be gone. The cache is dropped when the folder changes.
 */
function forgetOtherFolderCache(config: AstroConfig, dir: string) {
  const marker = new URL('content-folder.txt', config.cacheDir);
  let previous: string | undefined;
  try {
    previous = readFileSync(marker, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous === dir) return;
  // Builds keep the cache in cacheDir, `astro dev` in .astro/.
  for (const store of [new URL('data-store.json', config.cacheDir), new URL('.astro/data-store.json', config.root)]) {
    rmSync(store, { force: true });
  }
  mkdirSync(config.cacheDir, { recursive: true });
  writeFileSync(marker, dir);
}

/**
 * Re-runs the checks when a file under the content folder changes. While the content has
 * problems, every page answers with them and the browser shows them in Astro's error overlay;
 * when they are fixed, the browser reloads.
 */
function watchContent(
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  { root, dir, errors, recheck, refresh }: ContentState,
) {
  const hot = server.environments.client.hot;
  const inContent = (file: string) => resolve(file).startsWith(dir + sep);

  // What pages answer with: the problems until Astro has also read the fixed files.
  let shown = errors();

  server.watcher.add(dir);
  // At once, not after a pause: Astro reloads the page on the same change, and that request must
  // find the problem already known rather than render the broken content.
  const check = () => {
    const hadErrors = errors().length > 0;
    if (!recheck()) return;
    const now = errors();
    if (now.length > 0) {
      shown = now;
      logger.error(`The content has ${now.length} problem(s):\n${problemList(now)}`);
      hot.send(errorPayload(now, root));
    } else if (hadErrors) {
      logger.info('The content checks pass again.');
      // Rendering before Astro has read the fixed file would render the old, broken entry.
      void Promise.resolve(refresh()).finally(() => {
        if (errors().length > 0) return;
        shown = [];
        hot.send({ type: 'full-reload', path: '*' });
      });
    }
  };
  // And once more when the changes have settled: a save that is not atomic can be seen half
  // written, and the watcher may not report the rest of the write as a change of its own.
  let settled: ReturnType<typeof setTimeout> | undefined;
  const onChange = (file: string) => {
    if (!inContent(file)) return;
    check();
    clearTimeout(settled);
    settled = setTimeout(check, 300);
  };
  for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, onChange);

  // A browser that connects (a page load) while the content is broken gets the overlay at once.
  hot.on('vite:client:connect', (_payload, client) => {
    if (shown.length > 0) client.send(errorPayload(shown, root));
  });

  // Pages are not rendered from broken content: an unknown term would fail deep in a component,
  // naming the component rather than the content file.
  server.middlewares.use((req, res, next) => {
    if (shown.length === 0 || req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(problemPage(shown, server.config.base));
  });
}

/**
 * The error as Astro's overlay shows it: the problems, the first file, and what to do. The
 * overlay renders message and hint as HTML; Astro would escape a payload it has not prepared
 * itself, but only one sent to every browser, so the payload comes escaped and marked as prepared.
 */
function errorPayload(errors: Problem[], root: string) {
  return { type: 'error' as const, err: overlayError(errors, root), __isEnhancedAstroErrorPayload: true };
}

function overlayError(errors: Problem[], root: string) {
  return {
    name: 'ContentError',
    title: `The content has ${errors.length} problem(s)`,
    message: errors.map((e) => escapeXml(formatProblem(e))).join('\n'),
    hint: 'Fix the file named above and save it: the page reloads when the content passes. <code>npm run build</code> refuses the same problems.',
    // No line: the messages say which paragraph or line; 0 keeps the overlay from showing one.
    loc: { file: resolve(root, errors[0]!.file), line: 0, column: 0 },
    stack: '',
    plugin: 'content-checks',
  };
}

/** The page served instead of any page while the content is broken; its Vite client opens the overlay. */
function problemPage(errors: Problem[], base: string): string {
  const items = errors.map((e) => `<li>${escapeXml(formatProblem(e))}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Content problems</title>
<script type="module" src="${escapeXml(base)}@vite/client"></script>
<h1>The content has ${errors.length} problem(s)</h1>
<ul>
${items}
</ul>
<p>Fix the file and save it: this page reloads when the content passes.</p>
</html>
`;
}
