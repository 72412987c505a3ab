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
    // Without the worker they are still only in the WAL, after the worker has long finished.
    expect(fg.size()).toBe(fgSize);
    expect(fgSize).toBeLessThan(1_000_000);
    expect(fs.statSync(`${fg.file}-wal`).size).toBeGreaterThan(1_000_000);
    const count = bg.db.sqlite!.database.prepare('select count(*) as n from filler').get();
    expect(count).toEqual({ n: 2_000 });
    await bg.db.kysely.destroy();
    await fg.db.kysely.destroy();
    // Closing the database ends the worker too: with the last connection gone, SQLite removes
    // the WAL file.
    await until(() => !fs.existsSync(`${bg.file}-wal`), 5_000);
  });

  it('starts the WAL over under steady writes instead of letting it grow', async () => {
    const bg = await filled(true);
    const sqlite = bg.db.sqlite!.database;
    const update = sqlite.prepare('update filler set v = ? where id % 400 = ?');
    // Small commits about a millisecond apart until 40 MB of pages were written (≈ 15 MB/s, a
    // busy server's rate, on an idle machine): a passive checkpoint takes longer than the gaps,
    // never finds the WAL idle, and without the restart the WAL would hold all of it; with it,
    // the file stays near 16 MB. The loop ends on the amount written, not on a time, so a busy
    // machine writes the same amount more slowly.
    let pages = 0;
    const deadline = Date.now() + 60_000;
    for (let n = 0; pages * 4096 <= 40_000_000; n++) {
      if (Date.now() > deadline) throw new Error(`only ${pages} pages written in 60 s`);
      pages += update.run(`${'z'.repeat(490)}${n}`, n % 400).changes;
      await new Promise((r) => setTimeout(r, 1));
    }
    const wal = fs.statSync(`${bg.file}-wal`).size;
    expect(wal).toBeLessThan(30_000_000);
    await bg.db.kysely.destroy();
  });
});
