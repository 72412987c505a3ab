import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * Row counts of every table in the API server's database (its SQLite file read-only, or its
 * PostgreSQL database), minus some tables.
 */
export async function tableCounts(except: string[] = []): Promise<Record<string, number>> {
  const url = inject('databaseUrl');
  const counts = url ? await postgresCounts(url) : sqliteCounts(inject('sqlitePath'));
  return Object.fromEntries(Object.entries(counts).filter(([name]) => !except.includes(name)));
}

function sqliteCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type='table' and name not like 'kysely_%' and name not like 'sqlite_%'",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.close();
  }
}

async function postgresCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'",
    );
    const out: Record<string, number> = {};
    for (const { name } of rows) {
      const r = await client.query<{ n: string }>(`select count(*) as n from "${name}"`);
      out[name] = Number(r.rows[0]!.n);
    }
    return out;
  } finally {
    await client.end();
  }
}
