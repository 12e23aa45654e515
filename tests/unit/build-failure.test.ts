// The real build (`npm run build`) refuses every fixture's fault, names the file and the problem,
// and leaves no output folder behind, even one a previous build had filled.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  cleanup,
  contentWithFault,
  fixtureNames,
  messagePath,
  projectRoot,
  readFixture,
  realContent,
  tempDir,
} from '../support/content-copy.ts';

afterAll(cleanup);

const BUILD_TIMEOUT = 180_000;

function build(contentDir: string, outDir: string, siteUrl: string | null = 'https://example.org') {
  // A test build is never published: any address will do, but the build needs one.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir };
  if (siteUrl === null) delete env.SITE_URL;
  else env.SITE_URL = siteUrl;
  // Build as a person would, not as vitest's test environment.
  delete env.NODE_ENV;
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: projectRoot,
    env,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** An output folder holding a previous build's page, as after an earlier good build. */
function staleOutDir(): string {
  const outDir = join(tempDir('out-'), 'dist');
  const stale = join(outDir, 'index.html');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(stale, '<!doctype html><title>stale</title>');
  return outDir;
}

describe('the build refuses broken content', () => {
  test.each(fixtureNames())(
    '%s',
    (name) => {
      const fixture = readFixture(name);
      const contentDir = contentWithFault(name);
      const outDir = staleOutDir();
      expect(existsSync(join(outDir, 'index.html'))).toBe(true);

      const { status, output } = build(contentDir, outDir);

      expect(status, output).not.toBe(0);
      expect(output).toContain('nothing was built');
      expect(output).toContain(`${messagePath(contentDir, fixture.faultyFile)}: `);
      expect(output).toContain(fixture.expect);
      // The problems once, with nothing an editor must read past.
      expect(output.split(fixture.expect).length - 1, output).toBe(1);
      expect(output).not.toContain('An unhandled error occurred');
      expect(output).not.toContain('Stack trace');
      expect(existsSync(outDir), 'a failed build leaves no output folder').toBe(false);
    },
    BUILD_TIMEOUT,
  );
});

test(
  'a build without SITE_URL stops, says why, and leaves no output',
  () => {
    const outDir = staleOutDir();
    const { status, output } = build(realContent, outDir, null);
    expect(status, output).not.toBe(0);
    expect(output).toContain('SITE_URL is not set; nothing was built.');
    expect(output).not.toContain('Stack trace');
    expect(existsSync(outDir), 'no output folder').toBe(false);
  },
  BUILD_TIMEOUT,
);

test(
  'the real content builds both languages',
  () => {
    const outDir = join(tempDir('out-'), 'dist');
    const { status, output } = build(realContent, outDir);
    expect(status, output).toBe(0);
    for (const page of ['index.html', 'ko/index.html', 'en/index.html']) {
      expect(existsSync(join(outDir, page)), `${page} was written`).toBe(true);
    }
    expect(readFileSync(join(outDir, 'ko/index.html'), 'utf8')).toContain('오픈AI, 구글 클라우드와 손잡다');
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('OpenAI teams up with Google Cloud');
  },
  BUILD_TIMEOUT,
);
