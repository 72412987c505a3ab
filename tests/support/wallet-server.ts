import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A second wallet server for tests that need other settings than the shared one: the
 * production build (`next build` must have run) in demo mode on its own port and a fresh SQLite
 * file, with extra environment. Resolves once /api/v1/health answers.
 */
export async function startWalletServer(port: number, env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-test-server-'));
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(port)], {
    env: {
      ...process.env,
      ANXIN_DEMO: '1',
      NODE_ENV: 'production',
      SQLITE_PATH: path.join(dir, 'wallet.sqlite'),
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 45_000; ;) {
    const up = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop };
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`test wallet server on port ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
