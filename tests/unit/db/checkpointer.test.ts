import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, migrate } from '@/server/db/client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-ckpt-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function until(ok: () => boolean, ms = 10_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 20)))
    if (Date.now() > end) throw new Error('timed out');
}

async function filled(background: boolean) {
  const file = path.join(dir, `${background ? 'bg' : 'fg'}-${Math.random()}.sqlite`);
  const db = createDb({ sqlitePath: file, databaseUrl: '', backgroundCheckpoints: background });
  await migrate(db);
  const sqlite = db.sqlite!.database;
  if (background) await until(() => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 0);
  // Nothing checkpoints by itself now except the worker: no autocheckpoint on this connection.
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.exec('create table filler (id integer primary key, v text)');
  const insert = sqlite.prepare('insert into filler (v) values (?)');
  sqlite.transaction(() => {
    for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(500));
  })();
  return { db, file, size: () => fs.statSync(file).size };
}

describe('background checkpoints (SQLite file)', () => {
  it('a worker copies the WAL back into the database file; the connection only appends', async () => {
    const bg = await filled(true);
    const fg = await filled(false);
    const fgSize = fg.size();
    // About 1 MB of rows: once checkpointed, the database file holds them.
    await until(() => bg.size() > 1_000_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(fg.size()).toBe(fgSize);
    expect(fgSize).toBeLessThan(1_000_000);
    const count = bg.db.sqlite!.database.prepare('select count(*) as n from filler').get();
    expect(count).toEqual({ n: 2_000 });
    await bg.db.kysely.destroy();
    await fg.db.kysely.destroy();
  });

  it('starts the WAL over under steady writes instead of letting it grow', async () => {
    const bg = await filled(true);
    const sqlite = bg.db.sqlite!.database;
    const update = sqlite.prepare('update filler set v = ? where id % 50 = ?');
    // Two seconds of commits a millisecond apart, as a busy server makes them: a passive
    // checkpoint never catches up with that, so only a restart keeps the WAL from growing
    // (to hundreds of MB here). journal_size_limit then trims the file back to 64 MB.
    let commits = 0;
    for (const end = Date.now() + 2_000; Date.now() < end;) {
      sqlite.transaction(() => {
        for (let i = 0; i < 50; i++, commits++)
          update.run(`${'z'.repeat(400)}${commits}`, commits % 50);
      })();
      await new Promise((r) => setTimeout(r, 1));
    }
    const wal = fs.statSync(`${bg.file}-wal`).size;
    expect(commits).toBeGreaterThan(10_000);
    expect(wal).toBeLessThan(70_000_000);
    await bg.db.kysely.destroy();
  });
});
