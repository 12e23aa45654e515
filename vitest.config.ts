// Two projects. unit: the pure functions in src/node and src/shared and the content checks, with
// bad-content fixtures; they run before the build. built: the files of the build (dist/ and the
// sub-path build), read with no browser, so they run after npm run build:test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});
