// Where the bench reads and writes: the project root, its reports and its budgets.
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const REPORT_DIR = join(ROOT, 'reports/bench');
export const BUDGETS_FILE = join(ROOT, 'bench/budgets.json');
// The build script honours OUT_DIR (the tests build elsewhere); the bench follows it, default dist/.
export const DIST = resolve(ROOT, process.env.OUT_DIR ?? 'dist');
