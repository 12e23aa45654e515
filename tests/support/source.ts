// The source article as the tests compare against it, read by the same function as the build's
// source check (one paragraph a line, the publisher's credit on the last line).
import { loadSource } from '../../src/node/checks/content.ts';
import { ContentFolder } from '../../src/node/content-files.ts';
import { projectRoot, realContent } from './content-copy.ts';

/** The source of a content folder (the real one unless given). */
export function sourceOf(folder = new ContentFolder(projectRoot, realContent)): {
  paragraphs: string[];
  credit: string;
} {
  const { path, paragraphs, credit } = loadSource(folder);
  if (!paragraphs || credit === undefined) throw new Error(`${path} is missing`);
  return { paragraphs, credit };
}

const source = sourceOf();

/** The source's paragraphs, in order, without the credit line. */
export const SOURCE_PARAGRAPHS: readonly string[] = source.paragraphs;

/** The source's last line: the publisher's credit. */
export const SOURCE_CREDIT: string = source.credit;
