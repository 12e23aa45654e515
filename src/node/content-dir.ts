// Where the content lives. CONTENT_DIR lets the tests build a copy with a fault put in.
import { resolve } from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env.CONTENT_DIR ?? 'content');
}
