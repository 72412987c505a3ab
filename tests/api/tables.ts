import Database from 'better-sqlite3';
import { inject } from 'vitest';

/** Row counts of every table in the API server's SQLite file (read-only), minus some tables. */
export function tableCounts(except: string[] = []): Record<string, number> {
  const file = inject('sqlitePath');
  if (!file) return {};
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type='table' and name not like 'kysely_%' and name not like 'sqlite_%'",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables
        .filter((t) => !except.includes(t.name))
        .map(({ name }) => [
          name,
          (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
        ]),
    );
  } finally {
    db.close();
  }
}
