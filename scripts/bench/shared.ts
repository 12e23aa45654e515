// Where the bench reads and writes, and the small arithmetic its modules share.
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = resolve(import.meta.dirname, '../..');
export const REPORT_DIR = join(ROOT, 'reports/bench');
// The build script honours OUT_DIR (the tests build elsewhere); the bench follows it, default dist/.
export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
/** Lighthouse's default mobile device (Moto G Power), so that request counts match what Lighthouse loads. */
export const VIEWPORT = { width: 412, height: 823 };

export const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes after gzip -9, as the bench counts every body: headers and hosts' settings are not trusted. */
export const gzipSize = (body: Buffer | string): number => (body.length ? gzipSync(body, { level: 9 }).length : 0);
