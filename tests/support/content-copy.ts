// Copies of the real content/ folder in a temp dir, optionally with one fixture's fault put in.
// A fixture is a folder tests/fixtures/<name>/ whose files overwrite (or add) the files at the
// same path in the copy; its fixture.json says what to delete and what the error must say.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const realContent = join(projectRoot, 'content');
export const fixturesDir = join(projectRoot, 'tests/fixtures');

export interface Fixture {
  name: string;
  /** A distinctive fragment of the error message. */
  expect: string;
  /** Content-relative paths removed from the copy. */
  delete: string[];
  /** Content-relative paths the fixture overwrites or adds. */
  files: string[];
  /** The one file the fault is in (deleted or written), content-relative. */
  faultyFile: string;
}

const made: string[] = [];

/** A fresh temp dir, removed by cleanup(). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Every fixture folder's name: a new folder is a new test case. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export function readFixture(name: string): Fixture {
  const dir = join(fixturesDir, name);
  const spec = JSON.parse(readFileSync(join(dir, 'fixture.json'), 'utf8')) as { delete?: string[]; expect?: string };
  if (!spec.expect) throw new Error(`${dir}/fixture.json has no "expect"`);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((f) => f !== 'fixture.json')
    .sort();
  const touched = [...(spec.delete ?? []), ...files];
  if (touched.length !== 1)
    throw new Error(`fixture ${name} must change exactly one file, not ${touched.length}: ${touched.join(', ')}`);
  return { name, expect: spec.expect, delete: spec.delete ?? [], files, faultyFile: touched[0]! };
}

/** A copy of the real content folder; returns the copy's path. */
export function copyContent(): string {
  const dir = tempDir('content-');
  cpSync(realContent, dir, { recursive: true });
  return dir;
}

/** A copy of the real content with fixture `name` applied; returns the copy's path. */
export function contentWithFault(name: string): string {
  const fixture = readFixture(name);
  const dir = copyContent();
  for (const file of fixture.delete) {
    if (!existsSync(join(dir, file))) throw new Error(`fixture ${name} deletes ${file}, which content/ does not have`);
    rmSync(join(dir, file));
  }
  for (const file of fixture.files) cpSync(join(fixturesDir, name, file), join(dir, file));
  return dir;
}

/** A content-relative file as the checks name it: relative to the project root. */
export function messagePath(contentDir: string, file: string): string {
  return relative(projectRoot, join(contentDir, file)).split('\\').join('/');
}

/** Removes every temp dir made so far. */
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
