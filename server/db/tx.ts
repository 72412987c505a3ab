import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Db, SqliteConnection } from './client';
import { kyselyExecutor, runAsync, runSync, type Op } from './op';
import type { Database } from './schema';

/** What an Op builds its queries with (the transaction itself on PostgreSQL). */
export type Tx = Kysely<Database>;

const RETRYABLE_PG = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs an Op in one write transaction; the money path. SQLite: group commit. Ops that arrive
 * in the same turn of the event loop share one `BEGIN IMMEDIATE … COMMIT`, each inside its own
 * savepoint, in one synchronous call on the single connection (nothing else can run inside it):
 * an Op that throws is rolled back to its savepoint alone and gets its error; the others are
 * answered only after COMMIT, so no reply goes out for work that is not durable. PostgreSQL:
 * READ COMMITTED with guarded updates and row locks; retried on serialization failures and
 * deadlocks (the Op is made afresh for each attempt).
 */
export async function transact<T>(db: Db, op: (tx: Tx) => Op<T>): Promise<T> {
  if (db.sqlite) {
    const lite = db.sqlite;
    return new Promise<T>((resolve, reject) => {
      lite.queue.push({ op: op(db.kysely), resolve: resolve as (v: unknown) => void, reject });
      if (lite.queue.length === 1) setImmediate(() => void flush(lite));
    });
  }
  return retryingPg(() =>
    db.kysely.transaction().execute((trx) => runAsync(kyselyExecutor(trx), op(trx))),
  );
}

/** Runs a PostgreSQL transaction again (up to 8 times, with jitter) on serialization failures and deadlocks. */
async function retryingPg<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (n < 8 && RETRYABLE_PG.has(pgCode(err))) {
        await new Promise((r) => setTimeout(r, 2 + Math.random() * 10 * (n + 1)));
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
  return retryingPg(() => db.kysely.transaction().execute(fn));
}

async function idle(lite: SqliteConnection): Promise<void> {
  while (lite.busy) await lite.busy;
}

/** At most this many Ops share one transaction (bounds how long one commit holds the loop). */
const MAX_BATCH = 64;

async function flush(lite: SqliteConnection): Promise<void> {
  if (lite.busy) await idle(lite);
  const batch = lite.queue.splice(0, MAX_BATCH);
  if (lite.queue.length) setImmediate(() => void flush(lite));
  if (!batch.length) return;
  const { database, prepare } = lite;
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  try {
    prepare('begin immediate').run();
    for (const { op } of batch) {
      prepare('savepoint op').run();
      try {
        const value = runSync(lite.exec, op);
        prepare('release op').run();
        outcomes.push({ ok: true, value });
      } catch (error) {
        // Some errors (SQLITE_FULL, SQLITE_IOERR...) roll the whole transaction back: then
        // the Ops before this one are undone too, and the batch fails as one.
        if (!database.inTransaction) throw error;
        prepare('rollback to op').run();
        prepare('release op').run();
        outcomes.push({ ok: false, error });
      }
    }
    prepare('commit').run();
  } catch (error) {
    try {
      if (database.inTransaction) prepare('rollback').run();
    } finally {
      for (const p of batch) p.reject(error);
    }
    return;
  }
  batch.forEach((p, i) => {
    const o = outcomes[i]!;
    if (o.ok) p.resolve(o.value);
    else p.reject(o.error);
  });
}

export function pgCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : '';
}
