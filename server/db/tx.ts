import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Db } from './client';
import type { Database } from './schema';

export type Tx = Kysely<Database>;

const RETRYABLE_PG = new Set(['40001', '40P01']); // serialization failure, deadlock

/**
 * Runs fn in one write transaction. SQLite: `BEGIN IMMEDIATE` on the single connection, so the
 * write lock is taken up front (with the busy timeout) and transactions never interleave.
 * PostgreSQL: READ COMMITTED with guarded updates and row locks; retried on serialization
 * failures and deadlocks. Everything fn does must go through the `tx` it is given.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.kind === 'sqlite') {
    return db.kysely.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (err) {
        await sql`rollback`.execute(conn);
        throw err;
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

export function pgCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err
    ? String((err as { code: unknown }).code)
    : '';
}
