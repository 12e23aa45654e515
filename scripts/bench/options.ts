// The bench's command line.
import { parseArgs } from 'node:util';

export function readOptions(args: string[] = process.argv.slice(2)) {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '3' },
      // A throttled load's paints fall on 60 Hz frames (17 ms of a 300 ms LCP): medians want many.
      'throttled-runs': { type: 'string', default: '11' },
      'no-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      // Three points, each four times the last: enough to tell a line from a curve.
      scale: { type: 'string', default: '1,4,16' },
      'no-growth': { type: 'boolean', default: false },
    },
  });
  const positive = (text: string, what: string): number => {
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} takes positive integers, not ${text}`);
    return n;
  };
  if (values['no-growth'] && args.some((a) => a.startsWith('--scale')))
    throw new Error('--scale and --no-growth contradict each other');
  const scales = values['no-growth'] ? [] : values.scale.split(',').map((s) => positive(s, '--scale'));
  return {
    runs: positive(values.runs, '--runs'),
    throttledRuns: positive(values['throttled-runs'], '--throttled-runs'),
    build: !values['no-build'],
    lighthouse: !values['skip-lighthouse'],
    /** Content scales for the growth runs; empty when they are skipped. */
    scales: [...new Set(scales)].sort((a, b) => a - b),
  };
}
