import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'data/**',
    '.bench/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      // Layers: client-safe code (components/, lib/) never imports the server domain;
      // the domain never imports routes or UI. Import cycles are refused.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './components',
              from: './server',
              message: 'components/ get DTOs as props; they cannot import server/.',
            },
            {
              target: './lib',
              from: './server',
              message: 'lib/ is client-safe; it cannot import server/.',
            },
            { target: './lib', from: './components' },
            { target: './server', from: './app' },
            { target: './server', from: './components' },
          ],
        },
      ],
      'import/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
]);
