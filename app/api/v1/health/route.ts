import { sql } from 'kysely';
import { getDb } from '@/server/db/client';
import { handle, json } from '@/server/http/route';

export const GET = handle({}, async () => {
  const { kysely } = await getDb();
  await sql`select 1`.execute(kysely);
  return json({ status: 'ok' });
});
