import 'server-only';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { sql } from 'kysely';
import { getDb } from '../db/client';
import { AppError } from '../http/problem';

const scrypt = (pin: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(pin, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

const N = 16384;
const R = 8;
const P = 1;

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(pin, salt, 32, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPinHash(pin: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(pin, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(key, expected);
}

/**
 * Back-off after repeated failures: two free tries, then a short wait, then a 15-minute pause.
 * Every refusal says in plain words how long to wait (errors.json: pin_wait / pin_locked).
 */
export const PIN_POLICY = { freeTries: 2, waits: [30, 60], lockMinutes: 15 } as const;

function lockFor(failures: number): { seconds: number; locked: boolean } {
  if (failures <= PIN_POLICY.freeTries) return { seconds: 0, locked: false };
  const step = failures - PIN_POLICY.freeTries - 1;
  const wait = PIN_POLICY.waits[step];
  if (wait !== undefined) return { seconds: wait, locked: false };
  return { seconds: PIN_POLICY.lockMinutes * 60, locked: true };
}

function refusal(secondsLeft: number, locked: boolean): AppError {
  const retryAfter = { retryAfterSeconds: secondsLeft };
  return locked
    ? new AppError('pin_locked', { minutes: Math.ceil(secondsLeft / 60) }, retryAfter)
    : new AppError('pin_wait', { seconds: secondsLeft }, retryAfter);
}

const DUMMY_HASH =
  'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Checks a phone number and PIN; returns the user id or throws a translated AppError. */
export async function checkPin(phone: string, pin: string, now = new Date()): Promise<string> {
  const { kysely } = await getDb();
  const row = await kysely
    .selectFrom('users')
    .innerJoin('pin_credentials', 'pin_credentials.user_id', 'users.id')
    .select([
      'users.id',
      'pin_credentials.hash',
      'pin_credentials.locked_until',
      'pin_credentials.failed_count',
    ])
    .where('users.phone', '=', phone)
    .executeTakeFirst();
  if (!row) {
    await verifyPinHash(pin, DUMMY_HASH); // same work whether or not the number exists
    throw new AppError('pin_wrong');
  }
  if (row.locked_until && new Date(row.locked_until) > now) {
    const left = Math.ceil((new Date(row.locked_until).getTime() - now.getTime()) / 1000);
    throw refusal(left, lockFor(row.failed_count).locked);
  }
  if (await verifyPinHash(pin, row.hash)) {
    await kysely
      .updateTable('pin_credentials')
      .set({ failed_count: 0, locked_until: null, updated_at: now.toISOString() })
      .where('user_id', '=', row.id)
      .execute();
    return row.id;
  }
  const updated = await kysely
    .updateTable('pin_credentials')
    .set({ failed_count: sql<number>`failed_count + 1`, updated_at: now.toISOString() })
    .where('user_id', '=', row.id)
    .returning('failed_count')
    .executeTakeFirstOrThrow();
  const { seconds, locked } = lockFor(updated.failed_count);
  if (seconds === 0) {
    const triesLeft = PIN_POLICY.freeTries - updated.failed_count + 1;
    throw new AppError('pin_wrong', {}, { triesBeforeWait: triesLeft });
  }
  await kysely
    .updateTable('pin_credentials')
    .set({ locked_until: new Date(now.getTime() + seconds * 1000).toISOString() })
    .where('user_id', '=', row.id)
    .execute();
  throw refusal(seconds, locked);
}

export async function setPin(userId: string, pin: string): Promise<void> {
  const { kysely } = await getDb();
  const hash = await hashPin(pin);
  const now = new Date().toISOString();
  await kysely
    .insertInto('pin_credentials')
    .values({ user_id: userId, hash, failed_count: 0, locked_until: null, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ hash, failed_count: 0, locked_until: null, updated_at: now }),
    )
    .execute();
}
