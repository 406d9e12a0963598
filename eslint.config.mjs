// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronOnly = {
  name: 'electron',
  message: 'Only src/main/electron/** and src/preload/** may import electron (architecture.md §1).',
};
const reactOnly = (name) => ({ name, message: 'Only src/renderer/** may import React (architecture.md §1).' });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'no-restricted-imports': [
        'error',
        { paths: [electronOnly, reactOnly('react'), reactOnly('react-dom'), reactOnly('react-dom/client')], patterns: [{ group: ['electron/*'], message: electronOnly.message }] },
      ],
    },
  },
  {
    // The thin Electron glue: may import electron, still no React.
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [reactOnly('react'), reactOnly('react-dom')] }],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronOnly], patterns: [{ group: ['node:*'], message: 'The renderer is sandboxed: no Node modules.' }] }],
    },
  },
  {
    // The installed `devin-tray` command is plain CommonJS (it loads the bundled CLI).
    files: ['bin/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests of the Electron glue mock the electron module.
    files: ['src/main/electron/**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
