import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'data/**', 'fixtures/**', 'artifacts/**', '**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The analysis package is pure: no I/O, no clock, no env.
    files: ['packages/analysis/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'hono',
            'bullmq',
            'ioredis',
            'meilisearch',
            'pdf-parse',
            'mammoth',
            '@vanban/*',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Date'],
    },
  },
  {
    // Only a service's main.ts reads process.env.
    files: ['packages/**/*.ts', 'services/*/src/**/*.ts'],
    ignores: ['services/*/src/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only main.ts reads process.env; pass config in.',
        },
      ],
    },
  },
);
