import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = { '@': root, 'server-only': path.join(root, 'tests/support/server-only.ts') };
const pgUrl = process.env.TEST_DATABASE_URL;

// unit: pure logic and the data layer on an in-memory SQLite per worker.
// db-postgres: the same data-layer tests on a real PostgreSQL (when TEST_DATABASE_URL is set).
// api: HTTP tests against a real production server started by tests/api/global-setup.ts.
// crash: kill -9 a loaded production server, restart it, and check nothing was lost or doubled.
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Property and model-based tests run many steps; a loaded 2-core CI machine is slow.
          testTimeout: 60_000,
          env: { SQLITE_PATH: ':memory:', DATABASE_URL: '' },
        },
      },
      ...(pgUrl
        ? [
            {
              resolve: { alias },
              test: {
                name: 'db-postgres',
                include: ['tests/unit/db/**/*.test.ts'],
                testTimeout: 120_000,
                env: { DATABASE_URL: pgUrl },
                fileParallelism: false,
              },
            },
          ]
        : []),
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/api/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'crash',
          include: ['tests/crash/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
