import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

// Starts the production build (`next build` must have run) in demo mode on a fresh database,
// the way `npm run demo` serves it, and hands its URL to the API tests. The database is a new
// SQLite file, or the PostgreSQL database API_TEST_DATABASE_URL names (scripts/test-postgres.sh
// makes a fresh one).
const PORT = Number(process.env.API_TEST_PORT ?? 3100);

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-api-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ANXIN_DEMO: '1',
    NODE_ENV: 'production',
    SQLITE_PATH: path.join(dir, 'api.sqlite'),
    DATABASE_URL: process.env.API_TEST_DATABASE_URL ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const server: ChildProcess = spawn(
    path.resolve('node_modules/.bin/next'),
    ['start', '-p', String(PORT)],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const base = `http://localhost:${PORT}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`API test server exited:\n${log}`);
    try {
      const res = await fetch(`${base}/api/v1/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`API test server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', base);
  project.provide('sqlitePath', env.DATABASE_URL ? '' : env.SQLITE_PATH!);
  project.provide('databaseUrl', env.DATABASE_URL ?? '');
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's SQLite file, opened read-only by tests that check nothing was written. */
    sqlitePath: string;
    /** The server's PostgreSQL database, when it runs on one (API_TEST_DATABASE_URL); else ''. */
    databaseUrl: string;
  }
}
