// Unit tests: the pure functions in src/node and src/shared and the content checks, with bad-content fixtures.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
