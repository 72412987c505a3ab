import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '../db/client';
import { first, prepared } from '../db/op';
import { perform } from '../db/tx';
import type { UserRow } from '../db/schema';

export const SESSION_COOKIE = 'anxin_session';
/** Sessions last 30 days: older people are not signed out for being slow. Revocable at any time. */
export const SESSION_DAYS = 30;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(userId: string, method: 'passkey' | 'pin' | 'demo') {
  const { kysely } = await getDb();
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await kysely
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      method,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
      revoked_at: null,
      stepped_up_at: null,
    })
    .execute();
  return { token, expires };
}

/** The signed-in user, with when this session last confirmed them (step-up). */
export type SessionUser = UserRow & { steppedUpAt: string | null };

export async function userForToken(token: string | undefined): Promise<SessionUser | undefined> {
  if (!token || token.length > 100) return undefined;
  const db = await getDb();
  const query = sessionUser(db.kysely, { id: hashToken(token), now: new Date().toISOString() });
  return perform(db, first(query));
}

const sessionUser = prepared((db, a: { id: string; now: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select('sessions.stepped_up_at as steppedUpAt')
    .where('sessions.id', '=', a.id)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', a.now),
);

export async function revokeSession(token: string | undefined): Promise<void> {
  if (!token) return;
  const { kysely } = await getDb();
  await kysely
    .updateTable('sessions')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', hashToken(token))
    .execute();
}

export function sessionCookie(token: string, expires: Date, secure: boolean) {
  return {
    name: SESSION_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    expires,
  };
}

/** Records that this session just confirmed the person with a passkey or PIN. */
export async function markSteppedUp(token: string | undefined): Promise<void> {
  if (!token) return;
  const { kysely } = await getDb();
  await kysely
    .updateTable('sessions')
    .set({ stepped_up_at: new Date().toISOString() })
    .where('id', '=', hashToken(token))
    .execute();
}
