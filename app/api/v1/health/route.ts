import { sql } from 'kysely';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';

export const GET = handle({}, async () => {
  const { kysely } = await getDb();
  await sql`select 1`.execute(kysely);
  return json({ status: 'ok' });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
