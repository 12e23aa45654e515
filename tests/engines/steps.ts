// Steps every engine spec takes: waiting for the page to come to a state, and where a screenshot
// for a person to look at goes.
import { mkdirSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { Reader } from './reader.ts';

/**
 * Polls a page function until it returns `expected` (deep equal), or fails with what it last saw.
 * A page still navigating (its context gone) is polled again. `arg` is passed to `fn` (a page
 * function has no closure).
 */
export async function until<T, A = undefined>(
  reader: Reader,
  fn: (arg: A) => T,
  expected: T,
  timeout = 5000,
  arg?: A,
): Promise<void> {
  await expect
    .poll(() => reader.evaluate(fn, arg).catch((error: Error) => `page not ready: ${error.message}`), { timeout })
    .toEqual(expected);
}

/** reports/engines/<engine>/<name>.png */
export function shotPath(reader: Reader, name: string): string {
  const dir = `reports/engines/${reader.engine}`;
  mkdirSync(dir, { recursive: true });
  return `${dir}/${name}.png`;
}
