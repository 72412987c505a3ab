import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { env } from '../env';
import { startCheckpointer } from './checkpointer';
import { migrationProvider } from './migrations';
import type { Executor, Op } from './op';
import type { Database } from './schema';

export type DatabaseKind = 'sqlite' | 'postgres';
export interface Db {
  kysely: Kysely<Database>;
  kind: DatabaseKind;
  /** SQLite only: the one connection, for Ops run synchronously (see op.ts and tx.ts). */
  sqlite?: SqliteConnection;
}

export interface SqliteConnection {
  database: SQLite.Database;
  /** A prepared statement, cached by its SQL text. */
  prepare: (text: string) => SQLite.Statement;
  /** Runs a Step on a cached prepared statement. */
  exec: Executor;
  /** Set while a kysely (async) transaction holds the connection; synchronous Ops wait for it. */
  busy: Promise<void> | null;
  /** Write Ops waiting for the next group commit (see tx.ts). */
  queue: { op: Op<unknown>; resolve: (value: unknown) => void; reject: (err: unknown) => void }[];
}

/** The one module that decides the database: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function createDb(
  opts: { databaseUrl?: string; sqlitePath?: string; backgroundCheckpoints?: boolean } = {},
): Db {
  const url = opts.databaseUrl ?? env().DATABASE_URL;
  if (url) {
    // int8 (bigint) comes back as a JS number: money in minor units stays far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      kysely: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'postgres',
    };
  }
  const file = opts.sqlitePath ?? env().SQLITE_PATH;
  if (file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // After a checkpoint has emptied a WAL that grew large, give the disk space back.
  sqlite.pragma('journal_size_limit = 67108864');
  const checkpointer =
    opts.backgroundCheckpoints && file !== ':memory:' ? startCheckpointer(sqlite, file) : undefined;
  // Closing the database (kysely.destroy()) also ends the checkpoint worker.
  const cached = withStatementCache(sqlite, () => checkpointer?.stop());
  const dialect: Dialect = new SqliteDialect({ database: cached });
  const exec: Executor = ({ query, mode }) => {
    const stmt = cached.prepare(query.sql);
    const params = query.parameters as unknown[];
    if (mode === 'run') return stmt.run(params).changes;
    return mode === 'first' ? stmt.get(params) : stmt.all(params);
  };
  return {
    kysely: new Kysely<Database>({ dialect }),
    kind: 'sqlite',
    sqlite: { database: sqlite, prepare: cached.prepare, exec, busy: null, queue: [] },
  };
}

/**
 * kysely prepares every query afresh; better-sqlite3 statements are reusable, so keep the
 * most recent ones by SQL text. The application's SQL is a small fixed set (values are bound
 * parameters), so the cache stays small; it is bounded anyway.
 */
function withStatementCache(sqlite: SQLite.Database, onClose: () => void) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      onClose();
      sqlite.close();
    },
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) {
        cache.delete(text); // move to the most recent end
      } else {
        stmt = sqlite.prepare(text);
        if (cache.size >= 500) cache.delete(cache.keys().next().value!);
      }
      cache.set(text, stmt);
      return stmt;
    },
  };
}

export async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}`, {
      cause: error,
    });
  }
}

const g = globalThis as unknown as { __anxinDb?: Promise<Db> };

/** The process-wide database, migrated on first use (and at start-up by instrumentation). */
export function getDb(): Promise<Db> {
  g.__anxinDb ??= (async () => {
    const db = createDb({ backgroundCheckpoints: true });
    await migrate(db);
    return db;
  })().catch((e: unknown) => {
    g.__anxinDb = undefined;
    throw e;
  });
  return g.__anxinDb;
}
