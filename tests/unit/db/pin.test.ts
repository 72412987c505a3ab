import { describe, expect, it } from 'vitest';
import { checkPin, hashPin, PIN_POLICY, setPin, verifyPinHash } from '@/server/auth/pin';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/problem';
import { freshUser } from './helpers';

async function attempt(phone: string, pin: string, now: Date) {
  try {
    return { ok: await checkPin(phone, pin, now) };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { code: e.code, params: e.params };
  }
}

describe(`PIN sign-in (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('hashes with a salt and verifies only the right PIN', async () => {
    const a = await hashPin('123456');
    const b = await hashPin('123456');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$/);
    expect(await verifyPinHash('123456', a)).toBe(true);
    expect(await verifyPinHash('123457', a)).toBe(false);
  });

  it('signs in with the right PIN', async () => {
    const u = await freshUser({ phone: true });
    await setPin(u.id, '480213');
    expect(await attempt(u.phone!, '480213', new Date())).toEqual({ ok: u.id });
  });

  it('slows down, then pauses, after repeated wrong PINs, saying how long to wait', async () => {
    const u = await freshUser({ phone: true });
    await setPin(u.id, '480213');
    let now = new Date('2026-01-01T08:00:00Z');
    expect((await attempt(u.phone!, '000000', now)).code).toBe('pin_wrong');
    expect((await attempt(u.phone!, '000000', now)).code).toBe('pin_wrong');
    expect(await attempt(u.phone!, '000000', now)).toEqual({
      code: 'pin_wait',
      params: { seconds: 30 },
    });
    // While waiting, even the right PIN is refused, with the time left.
    expect(await attempt(u.phone!, '480213', new Date(now.getTime() + 10_000))).toEqual({
      code: 'pin_wait',
      params: { seconds: 20 },
    });
    now = new Date(now.getTime() + 31_000);
    expect(await attempt(u.phone!, '000000', now)).toEqual({
      code: 'pin_wait',
      params: { seconds: 60 },
    });
    now = new Date(now.getTime() + 61_000);
    expect(await attempt(u.phone!, '000000', now)).toEqual({
      code: 'pin_locked',
      params: { minutes: PIN_POLICY.lockMinutes },
    });
    expect((await attempt(u.phone!, '480213', new Date(now.getTime() + 60_000))).code).toBe(
      'pin_locked',
    );
    // After the pause the right PIN works and the count starts again.
    now = new Date(now.getTime() + PIN_POLICY.lockMinutes * 60_000 + 1000);
    expect(await attempt(u.phone!, '480213', now)).toEqual({ ok: u.id });
    const { kysely } = await getDb();
    const row = await kysely
      .selectFrom('pin_credentials')
      .selectAll()
      .where('user_id', '=', u.id)
      .executeTakeFirstOrThrow();
    expect(row.failed_count).toBe(0);
    expect(row.locked_until).toBeNull();
  });

  it('answers an unknown number exactly like a wrong PIN', async () => {
    expect((await attempt('19999999999', '123456', new Date())).code).toBe('pin_wrong');
  });
});
