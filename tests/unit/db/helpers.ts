import { randomUUID } from 'node:crypto';
import { getDb } from '@/server/db/client';

/** A user with a unique id, so tests can share one PostgreSQL database and run in any order. */
export async function freshUser(opts: { phone?: boolean } = {}) {
  const { kysely } = await getDb();
  const id = `usr_t_${randomUUID()}`;
  const phone = opts.phone
    ? `9${Math.floor(Math.random() * 1e13)
        .toString()
        .padStart(13, '0')}`
    : null;
  await kysely
    .insertInto('users')
    .values({
      id,
      name: '测试',
      name_en: 'Test',
      role: 'elder',
      locale: null,
      care_mode: 1,
      phone,
      household_id: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  return { id, phone };
}

export async function freshAccount(ownerId: string) {
  const { kysely } = await getDb();
  const id = `acc_t_${randomUUID()}`;
  await kysely
    .insertInto('accounts')
    .values({ id, owner_id: ownerId, kind: 'wallet', created_at: new Date().toISOString() })
    .execute();
  return id;
}
