// ESLint: the recommended rules of JavaScript, TypeScript (type-aware: a promise nobody awaits or
// handles, a value typed any, a promise where a listener returns nothing) and Astro components.
// Formatting is Prettier's job (.prettierrc.json), so no style rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'reports/', '.astro/', '.browsers/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  // Types are checked in TypeScript files; `astro check` checks the components' (their scripts are
  // not files a TypeScript project holds), and the plain JavaScript configs have none.
  { files: ['**/*.astro', '**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  // What runs in the reader's browser.
  { files: ['src/scripts/**', 'src/**/*.astro'], languageOptions: { globals: { ...globals.browser } } },
);
