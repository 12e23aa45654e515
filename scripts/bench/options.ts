// The bench's command line.
import { parseArgs } from 'node:util';

export interface Options {
  runs: number;
  build: boolean;
  lighthouse: boolean;
  lighthouseAll: boolean;
  /** Content scales for the growth runs; empty when they are skipped. */
  scales: number[];
}

/** The growth runs' default: three points, each four times the last, enough to tell a line from a curve. */
export const DEFAULT_SCALES = [1, 4, 16];

export function readOptions(args: string[] = process.argv.slice(2)): Options {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-all': { type: 'boolean', default: false },
      scale: { type: 'string' },
      'no-growth': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
  if (values.scale !== undefined && values['no-growth'])
    throw new Error('--scale and --no-growth contradict each other');
  const scales = values['no-growth']
    ? []
    : values.scale === undefined
      ? DEFAULT_SCALES
      : values.scale.split(',').map((s) => {
          const n = Number(s.trim());
          if (!Number.isInteger(n) || n < 1)
            throw new Error(`--scale takes positive integers separated by commas, not ${values.scale}`);
          return n;
        });
  return {
    runs,
    build: !values['no-build'],
    lighthouse: !values['skip-lighthouse'],
    lighthouseAll: values['lighthouse-all'],
    scales: [...new Set(scales)].sort((a, b) => a - b),
  };
}
