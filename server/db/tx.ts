import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Db, SqliteConnection } from './client';
import { kyselyExecutor, runAsync, runSync, type Op } from './op';
import type { Database } from './schema';

/** What an Op builds its queries with (the transaction itself on PostgreSQL). */
export type Tx = Kysely<Database>;

const RETRYABLE_PG = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs an Op in one write transaction; the money path. SQLite: `BEGIN IMMEDIATE`, every
 * statement on a cached prepared statement, `COMMIT`, all in one synchronous call on the single
 * connection, so nothing else (no other request, no read) can run inside it. PostgreSQL: READ
 * COMMITTED with guarded updates and row locks; retried on serialization failures and
 * deadlocks (the Op is made afresh for each attempt).
 */
export async function transact<T>(db: Db, op: (tx: Tx) => Op<T>): Promise<T> {
  if (db.sqlite) {
    if (db.sqlite.busy) await idle(db.sqlite);
    return sqliteTransaction(db.sqlite, op(db.kysely));
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.kysely.transaction().execute((trx) => runAsync(kyselyExecutor(trx), op(trx)));
    } catch (err) {
      if (attempt < 8 && RETRYABLE_PG.has(pgCode(err))) {
        await new Promise((r) => setTimeout(r, 2 + Math.random() * 10 * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}

/**
 * Runs an Op outside a write transaction (each statement on its own). Given a Db: synchronous
 * on SQLite. Given the `tx` of an `inTransaction` callback: inside that transaction.
 */
export async function perform<T>(target: Db | Tx, op: Op<T>): Promise<T> {
  if ('kysely' in target) {
    if (!target.sqlite) return runAsync(kyselyExecutor(target.kysely), op);
    if (target.sqlite.busy) await idle(target.sqlite);
    return runSync(target.sqlite.exec, op);
  }
  return runAsync(kyselyExecutor(target), op);
}

/**
 * Runs fn in one write transaction through kysely, for work that must await something else
 * on the way (a biller's network, seeding). Same locking as `transact`; on SQLite the
 * synchronous Ops wait until it is over. Everything fn does must go through the `tx` it is given.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const lite = db.sqlite;
  if (lite) {
    return db.kysely.connection().execute(async (conn) => {
      let release = () => {};
      const busy = (lite.busy = new Promise<void>((r) => (release = r)));
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (err) {
        if (lite.database.inTransaction) await sql`rollback`.execute(conn);
        throw err;
      } finally {
        if (lite.busy === busy) lite.busy = null;
        release();
      }
    });
  }
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.kysely.transaction().execute(fn);
    } catch (err) {
      if (attempt < 8 && RETRYABLE_PG.has(pgCode(err))) {
        await new Promise((r) => setTimeout(r, 2 + Math.random() * 10 * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}

async function idle(lite: SqliteConnection): Promise<void> {
  while (lite.busy) await lite.busy;
}

function sqliteTransaction<T>(lite: SqliteConnection, op: Op<T>): T {
  const { database, prepare } = lite;
  prepare('begin immediate').run();
  try {
    const result = runSync(lite.exec, op);
    prepare('commit').run();
    return result;
  } catch (err) {
    // Some errors (SQLITE_FULL, SQLITE_IOERR...) have already rolled the transaction back.
    if (database.inTransaction) prepare('rollback').run();
    throw err;
  }
}

export function pgCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : '';
}
