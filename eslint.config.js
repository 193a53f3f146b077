// @ts-check
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import layout from './eslint-rules/layout.js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
      'e2e/.artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  // The domain is the specification: pure TypeScript, importable by the UI and the mock backend alike.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', '@tanstack/*', 'msw', 'msw/*', 'zustand', 'zustand/*'],
              message: 'src/domain is pure TypeScript: no React, react-query, MSW or stores.',
            },
            {
              group: ['@/*', '@mocks/*', '../*/**', '../../*'],
              message: 'src/domain imports nothing outside itself.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: pass "today" in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: pass "today" in.',
        },
      ],
    },
  },
  // Imports flow one way: domain -> lib -> components -> features -> app; features never import
  // each other; the mock uses only the domain and the API contract. Zones are by the folder an
  // import resolves to, so relative imports are held to them too (eslint-rules/layout.js).
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    plugins: { layout },
    rules: {
      'layout/import-zones': 'error',
      'layout/kebab-case-files': 'error',
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Backend tests read raw JSON responses (deliberately untyped: they check the wire format).
  {
    files: ['mocks/**/*.test.ts', 'mocks/test/*-kit.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['eslint.config.js', 'eslint-rules/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
