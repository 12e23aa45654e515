// Reads the content folder as an editor left it (files, frontmatter, paragraphs), without
// Astro, so the checks can run before anything is built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import { splitParagraphs } from './paragraphs.ts';
import { describeYamlError } from './yaml-errors.ts';

export interface SectionFile {
  /** Path relative to the project root, as messages name it. */
  path: string;
  /** The file name, which pairs a section with its translation. */
  name: string;
  frontmatter: unknown;
  /** Set when the frontmatter is not YAML at all. */
  frontmatterError?: string;
  paragraphs: string[];
}

export interface DataFile {
  path: string;
  data: unknown;
  error?: string;
}

// Plain fields rather than constructor parameter properties, so Node can run this file directly
// (type stripping), as the benchmark does.
export class ContentFolder {
  /** The project root: paths in messages are relative to it. */
  readonly root: string;
  /** The content folder, usually `<root>/content`. */
  readonly dir: string;

  constructor(root: string, dir: string) {
    this.root = root;
    this.dir = dir;
  }

  rel(path: string): string {
    return relative(this.root, path).split('\\').join('/');
  }

  exists(...parts: string[]): boolean {
    return existsSync(join(this.dir, ...parts));
  }

  /** The section files of one locale, sorted by file name. */
  sections(locale: string): SectionFile[] {
    const folder = join(this.dir, 'article', locale);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => this.section(join(folder, name), name));
  }

  /** Frontmatter is read by Astro's own parser, so the checks and the build agree on where it ends. */
  private section(file: string, name: string): SectionFile {
    const raw = readFileSync(file, 'utf8');
    const path = this.rel(file);
    const head = extractFrontmatter(raw);
    if (head === undefined) {
      return {
        path,
        name,
        frontmatter: undefined,
        frontmatterError: 'no frontmatter block (--- … ---) at the top',
        paragraphs: splitParagraphs(raw),
      };
    }
    try {
      const { frontmatter, content } = parseFrontmatter(raw);
      return { path, name, frontmatter, paragraphs: splitParagraphs(content) };
    } catch (error) {
      // The block starts on the line of its opening ---; the body follows its closing one.
      const start = raw.indexOf(head);
      const firstLine = raw.slice(0, start).split('\n').length;
      const body = raw.slice(start + head.length + '---'.length);
      return {
        path,
        name,
        frontmatter: undefined,
        frontmatterError: `frontmatter is not valid YAML: ${describeYamlError(error, head, firstLine)}`,
        paragraphs: splitParagraphs(body),
      };
    }
  }

  /** A YAML or JSON data file. */
  data(...parts: string[]): DataFile {
    const file = join(this.dir, ...parts);
    const path = this.rel(file);
    if (!existsSync(file)) return { path, data: undefined, error: 'file is missing' };
    const raw = readFileSync(file, 'utf8');
    try {
      return { path, data: file.endsWith('.json') ? JSON.parse(raw) : yaml.load(raw) };
    } catch (error) {
      return {
        path,
        data: undefined,
        error: `cannot be parsed: ${file.endsWith('.json') ? firstLine(error) : describeYamlError(error, raw)}`,
      };
    }
  }

  /** Every data file in a folder, by id (the file name without extension). */
  dataFolder(folder: string, extension: string): Map<string, DataFile> {
    const dir = join(this.dir, folder);
    const files = new Map<string, DataFile>();
    if (!existsSync(dir)) return files;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith(extension))
      .sort()) {
      files.set(name.slice(0, -extension.length), this.data(folder, name));
    }
    return files;
  }

  text(...parts: string[]): string | undefined {
    const file = join(this.dir, ...parts);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!;
}
