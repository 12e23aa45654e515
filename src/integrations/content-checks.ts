// Runs the content checks before Astro builds or serves anything. A failure removes any earlier
// output folder, so a broken build can never leave a deployable-looking dist/ behind.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/checks.ts';
import { ContentFolder } from '../lib/content-files.ts';
import { contentDir } from '../lib/content-dir.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { errors, warnings } = checkContent(new ContentFolder(root, contentDir(root)));
        for (const warning of warnings) logger.warn(formatProblem(warning));
        if (errors.length === 0) return;
        if (command === 'build') rmSync(fileURLToPath(config.outDir), { recursive: true, force: true });
        const list = errors.map((e) => `  - ${formatProblem(e)}`).join('\n');
        throw new ContentError(`The content has ${errors.length} problem(s); nothing was built:\n${list}`);
      },
    },
  };
}
