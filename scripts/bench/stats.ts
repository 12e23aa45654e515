// Small arithmetic shared by the bench's modules.
import { gzipSync } from 'node:zlib';

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
export const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes after gzip -9, as the bench counts every body: headers and hosts' settings are not trusted. */
export const gzipSize = (body: Buffer | string): number => {
  const buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return buffer.length ? gzipSync(buffer, { level: 9 }).length : 0;
};
