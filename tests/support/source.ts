// The source article as the tests compare against it: one paragraph a line, the publisher's credit
// on the last line. Every test reads it here, the way the build's source check reads it.
import { readFileSync } from 'node:fs';

const lines = readFileSync('content/source/article.ko.txt', 'utf8')
  .replace(/\r\n?/g, '\n')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

/** The source's paragraphs, in order, without the credit line. */
export const SOURCE_PARAGRAPHS: readonly string[] = lines.slice(0, -1);

/** The source's last line: the publisher's credit. */
export const SOURCE_CREDIT: string = lines.at(-1)!;
