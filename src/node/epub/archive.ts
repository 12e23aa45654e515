// The EPUB's ZIP archive: `mimetype` first and stored, as the format requires, the rest deflated,
// every entry with one fixed time so that the same files make the same bytes.
import { strToU8, zipSync, type Zippable } from 'fflate';

// ZIP's DOS time starts in 1980; any fixed time does, this one says it means nothing.
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

export function epubArchive(files: [path: string, content: string | Uint8Array][]): Uint8Array {
  const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? strToU8(c) : c);
  const entries: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0, mtime: FIXED_TIME }],
  };
  for (const [path, content] of files) entries[path] = [bytes(content), { level: 9, mtime: FIXED_TIME }];
  return zipSync(entries);
}
