import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getDb, migrate } from '@/server/db/client';

describe(`migrations (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('apply once and are safe to run again', async () => {
    const db = await getDb();
    await migrate(db);
    const tables = await db.kysely.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const t of ['users', 'sessions', 'pin_credentials', 'passkeys', 'accounts', 'grants'])
      expect(names).toContain(t);
    expect(db.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
    const one = await sql<{ n: number }>`select 1 as n`.execute(db.kysely);
    expect(Number(one.rows[0]?.n)).toBe(1);
  });

  it('refuses a user role outside the list (a database check, not only code)', async () => {
    const { kysely } = await getDb();
    await expect(
      kysely
        .insertInto('users')
        .values({
          id: `usr_bad_${Date.now()}`,
          name: 'x',
          name_en: 'x',
          role: 'admin' as never,
          locale: null,
          care_mode: 0,
          phone: null,
          household_id: null,
          created_at: '',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
