// npm run openapi:lint: writes the OpenAPI document the server serves (server/api/openapi.ts) to a
// temporary file and lints it with `redocly lint` and its recommended rules (redocly.yaml),
// offline. Fails on any error or warning, and prints them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApiDocument } from '../server/api/openapi';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-openapi-'));
const file = path.join(dir, 'openapi.json');
fs.writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
const bin = path.resolve('node_modules/.bin/redocly');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
const lint = (format: string) =>
  spawnSync(bin, ['lint', '--config', 'redocly.yaml', `--format=${format}`, file], {
    env,
    encoding: 'utf8',
  });
try {
  const run = lint('json');
  const totals = (JSON.parse(run.stdout) as { totals: { errors: number; warnings: number } })
    .totals;
  const paths = Object.keys((openApiDocument() as { paths: object }).paths).length;
  console.log(
    `redocly lint (recommended): ${paths} paths, ${totals.errors} errors, ${totals.warnings} warnings`,
  );
  if (totals.errors + totals.warnings > 0) {
    process.stdout.write(lint('stylish').stdout);
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
