import { describe, expect, it } from 'vitest';
import { createSession, hashToken, revokeSession, userForToken } from '@/server/auth/sessions';
import { getDb } from '@/server/db/client';
import { freshUser } from './helpers';

describe(`sessions (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('stores only a hash of the token, finds the user, and can be revoked', async () => {
    const u = await freshUser();
    const { token } = await createSession(u.id, 'pin');
    const { kysely } = await getDb();
    const row = await kysely
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row.id).toBe(hashToken(token));
    expect(row.id).not.toContain(token);
    expect((await userForToken(token))?.id).toBe(u.id);
    await revokeSession(token);
    expect(await userForToken(token)).toBeUndefined();
  });

  it('ignores unknown, oversized and expired tokens', async () => {
    expect(await userForToken('nope')).toBeUndefined();
    expect(await userForToken('x'.repeat(5000))).toBeUndefined();
    const u = await freshUser();
    const { token } = await createSession(u.id, 'demo');
    const { kysely } = await getDb();
    await kysely
      .updateTable('sessions')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', hashToken(token))
      .execute();
    expect(await userForToken(token)).toBeUndefined();
  });
});
