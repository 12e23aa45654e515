// @vitest-environment jsdom
// The page script (src/scripts/main.ts) starts each part on its own: one that throws stops neither
// the others nor the ready mark.
import { afterEach, expect, test, vi } from 'vitest';

const started = vi.hoisted(() => [] as string[]);
vi.mock('../../src/scripts/terms.ts', () => ({
  initTerms: () => {
    throw new Error('no Popover API here');
  },
}));
vi.mock('../../src/scripts/language.ts', () => ({ rememberLanguageAndView: () => started.push('language') }));
vi.mock('../../src/scripts/show-other.ts', () => ({ initShowOther: () => started.push('show other') }));
vi.mock('../../src/scripts/listen.ts', () => ({ initListen: () => started.push('listen') }));
vi.mock('../../src/scripts/first-scroll.ts', () => ({ fetchWhenScrolled: () => started.push('first scroll') }));
vi.mock('../../src/scripts/words.ts', () => ({ initWords: () => started.push('words') }));
vi.mock('../../src/scripts/header-height.ts', () => ({ trackHeaderHeight: () => started.push('header height') }));
vi.mock('../../src/scripts/load-script.ts', () => ({ loadScript: () => Promise.resolve() }));
vi.mock('../../src/scripts/from-disk.ts?script', () => ({ default: 'from-disk' }));

afterEach(() => {
  vi.unstubAllGlobals();
});

test('a part that throws stops neither the others nor the ready mark', async () => {
  // The queue as the browser runs it: a microtask that throws is reported, and the next one runs.
  const queued: (() => void)[] = [];
  vi.stubGlobal('queueMicrotask', (task: () => void) => queued.push(task));
  await import('../../src/scripts/main.ts');
  expect(started, 'nothing starts before the queue runs').toEqual([]);
  const thrown: string[] = [];
  for (const task of queued)
    try {
      task();
    } catch (error) {
      thrown.push((error as Error).message);
    }
  expect(thrown).toEqual(['no Popover API here']);
  expect(started).toEqual(['language', 'show other', 'listen', 'first scroll', 'words', 'header height']);
  expect(document.documentElement.dataset.ready).toBe('');
});
