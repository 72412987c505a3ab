import 'server-only';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { getDb } from '../db/client';
import type { UserRow } from '../db/schema';
import { env } from '../env';
import { AppError } from '../http/problem';
import { newId } from '../db/ids';

/** Long enough for a slow, careful person; the challenge is single-use. */
const CHALLENGE_MINUTES = 10;

export interface RelyingParty {
  rpID: string;
  origin: string;
}

/** The relying party is the configured public URL, else the origin the request was sent to. */
export function relyingParty(requestOrigin: string): RelyingParty {
  const base = env().PUBLIC_URL ?? requestOrigin;
  const url = new URL(base);
  return { rpID: url.hostname, origin: url.origin };
}

export async function storeChallenge(
  challenge: string,
  purpose: 'register' | 'authenticate',
  userId: string | null,
) {
  const { kysely } = await getDb();
  const id = newId('chl');
  const now = Date.now();
  await kysely
    .deleteFrom('webauthn_challenges')
    .where('expires_at', '<', new Date(now).toISOString())
    .execute();
  await kysely
    .insertInto('webauthn_challenges')
    .values({
      id,
      challenge,
      purpose,
      user_id: userId,
      expires_at: new Date(now + CHALLENGE_MINUTES * 60_000).toISOString(),
    })
    .execute();
  return id;
}

async function takeChallenge(
  id: string,
  purpose: 'register' | 'authenticate',
  userId: string | null,
) {
  const { kysely } = await getDb();
  const row = await kysely
    .deleteFrom('webauthn_challenges')
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .returningAll()
    .executeTakeFirst();
  if (
    !row ||
    new Date(row.expires_at) < new Date() ||
    (userId !== null && row.user_id !== userId)
  ) {
    throw new AppError('challenge_expired');
  }
  return row.challenge;
}

export async function registrationOptions(user: UserRow, rp: RelyingParty) {
  const { kysely } = await getDb();
  const existing = await kysely
    .selectFrom('passkeys')
    .select(['id', 'transports'])
    .where('user_id', '=', user.id)
    .execute();
  const options = await generateRegistrationOptions({
    rpName: env().RP_NAME,
    rpID: rp.rpID,
    userName: user.phone ?? user.id,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({
      id: p.id,
      transports: parseTransports(p.transports),
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  const challengeId = await storeChallenge(options.challenge, 'register', user.id);
  return { challengeId, options };
}

export async function verifyRegistration(
  user: UserRow,
  challengeId: string,
  response: RegistrationResponseJSON,
  rp: RelyingParty,
) {
  const expectedChallenge = await takeChallenge(challengeId, 'register', user.id);
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
  }).catch(() => ({ verified: false as const }));
  if (!result.verified) throw new AppError('passkey_failed');
  const { credential } = result.registrationInfo;
  const { kysely } = await getDb();
  await kysely
    .insertInto('passkeys')
    .values({
      id: credential.id,
      user_id: user.id,
      public_key: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: JSON.stringify(credential.transports ?? []),
      created_at: new Date().toISOString(),
      last_used_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return { id: credential.id };
}

export async function authenticationOptions(rp: RelyingParty) {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: 'preferred',
  });
  const challengeId = await storeChallenge(options.challenge, 'authenticate', null);
  return { challengeId, options };
}

/** Verifies a passkey assertion; returns the user id it belongs to. */
export async function verifyAuthentication(
  challengeId: string,
  response: AuthenticationResponseJSON,
  rp: RelyingParty,
  userId: string | null = null,
) {
  const expectedChallenge = await takeChallenge(challengeId, 'authenticate', userId);
  const { kysely } = await getDb();
  const key = await kysely
    .selectFrom('passkeys')
    .selectAll()
    .where('id', '=', response.id)
    .executeTakeFirst();
  if (!key) throw new AppError('passkey_unknown');
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpID,
    requireUserVerification: false,
    credential: {
      id: key.id,
      publicKey: new Uint8Array(Buffer.from(key.public_key, 'base64url')),
      counter: Number(key.counter),
      transports: parseTransports(key.transports),
    },
  }).catch(() => ({ verified: false as const, authenticationInfo: undefined }));
  if (!result.verified || !result.authenticationInfo) throw new AppError('passkey_failed');
  await kysely
    .updateTable('passkeys')
    .set({ counter: result.authenticationInfo.newCounter, last_used_at: new Date().toISOString() })
    .where('id', '=', key.id)
    .execute();
  return key.user_id;
}

export async function countPasskeys(userId: string): Promise<number> {
  const { kysely } = await getDb();
  const row = await kysely
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function parseTransports(raw: string | null): AuthenticatorTransport[] | undefined {
  if (!raw) return undefined;
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? (list as AuthenticatorTransport[]) : undefined;
  } catch {
    return undefined;
  }
}
