import 'server-only';
import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import { getDb } from '../db/client';
import type { UserRow } from '../db/schema';
import { AppError } from '../http/problem';
import { storeChallenge, verifyAuthentication, type RelyingParty } from './passkeys';
import { checkPin } from './pin';

/** How this person can confirm it is them right now: their passkeys first, else their PIN. */
export async function stepUpOptions(user: UserRow, rp: RelyingParty) {
  const { kysely } = await getDb();
  const keys = await kysely
    .selectFrom('passkeys')
    .select('id')
    .where('user_id', '=', user.id)
    .execute();
  const pin = await kysely
    .selectFrom('pin_credentials')
    .select('user_id')
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  const methods = [
    ...(keys.length ? ['passkey' as const] : []),
    ...(pin && user.phone ? ['pin' as const] : []),
  ];
  if (!keys.length) return { methods };
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    userVerification: 'required',
    allowCredentials: keys.map((k) => ({ id: k.id })),
  });
  const challengeId = await storeChallenge(options.challenge, 'authenticate', user.id);
  return { methods, passkey: { challengeId, options } };
}

/** Checks the passkey assertion or PIN of the signed-in person; throws if it is not them. */
export async function verifyStepUp(
  user: UserRow,
  body: { challengeId: string; response: unknown } | { pin: string },
  rp: RelyingParty,
) {
  if ('pin' in body) {
    if (!user.phone) throw new AppError('pin_wrong');
    const id = await checkPin(user.phone, body.pin);
    if (id !== user.id) throw new AppError('pin_wrong');
    return;
  }
  const id = await verifyAuthentication(
    body.challengeId,
    body.response as AuthenticationResponseJSON,
    rp,
    user.id,
  );
  if (id !== user.id) throw new AppError('passkey_failed');
}
