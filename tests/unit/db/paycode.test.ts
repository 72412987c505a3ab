import { describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/problem';
import { issuePayCode, PAY_CODE_LIFETIME_S, qrPath, verifyPayCode } from '@/server/paycode/paycode';
import { freshAccount, freshUser } from './helpers';

async function owner() {
  const user = await freshUser();
  const accountId = await freshAccount(user.id);
  return { user, accountId };
}

/** Replaces the character at `i` with a different one of the same kind. */
function alterAt(code: string, i: number): string {
  const c = code.charAt(i);
  const other = /\d/.test(c) ? String((Number(c) + 1) % 10) : c === 'A' ? 'B' : 'A';
  return code.slice(0, i) + other + code.slice(i + 1);
}

describe(`payment codes (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it("signs a code for the user's own wallet, and that code verifies", async () => {
    const { kysely } = await getDb();
    const { user, accountId } = await owner();
    const now = new Date();
    const pc = await issuePayCode(kysely, user, now);
    expect(pc.code).toMatch(
      new RegExp(`^ANXINPAY:1\\?u=${accountId}&t=\\d{16}&x=\\d{10}&s=[A-Za-z0-9_-]{86}$`),
    );
    expect(pc.code).toContain(`&t=${pc.number}&`);
    expect(new Date(pc.expiresAt).getTime()).toBe(
      Math.floor(now.getTime() / 1000) * 1000 + PAY_CODE_LIFETIME_S * 1000,
    );
    expect(await verifyPayCode(kysely, pc.code, now)).toEqual({
      valid: true,
      walletId: accountId,
      token: pc.number,
      expiresAt: pc.expiresAt,
    });
    expect(pc.qr.size).toBeGreaterThan(21);
    expect(pc.qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  it('gives a new random token every time', async () => {
    const { kysely } = await getDb();
    const { user } = await owner();
    const codes = await Promise.all([1, 2, 3].map(() => issuePayCode(kysely, user)));
    expect(new Set(codes.map((c) => c.number)).size).toBe(3);
  });

  it('refuses a code with any character altered, or pointed at another wallet', async () => {
    const { kysely } = await getDb();
    const { user } = await owner();
    const other = await owner();
    const { code } = await issuePayCode(kysely, user);
    const start = code.indexOf('?') + 1;
    for (let i = start; i < code.length; i += 3) {
      const altered = alterAt(code, i);
      const check = await verifyPayCode(kysely, altered);
      expect(check.valid, `altered at ${i}: ${altered}`).toBe(false);
    }
    const moved = code.replace(/u=[^&]+/, `u=${other.accountId}`);
    expect(await verifyPayCode(kysely, moved)).toEqual({ valid: false, reason: 'signature' });
    const later = code.replace(/x=(\d+)/, (_, x: string) => `x=${Number(x) + 3600}`);
    expect(await verifyPayCode(kysely, later)).toEqual({ valid: false, reason: 'signature' });
  });

  it('refuses an expired code, and text that is not a code', async () => {
    const { kysely } = await getDb();
    const { user } = await owner();
    const pc = await issuePayCode(kysely, user);
    const after = new Date(new Date(pc.expiresAt).getTime() + 1);
    expect(await verifyPayCode(kysely, pc.code, after)).toEqual({
      valid: false,
      reason: 'expired',
    });
    for (const junk of [undefined, 42, '', 'ANXINPAY:1', `${pc.code}x`, `${pc.code}&s=AAAA`])
      expect(await verifyPayCode(kysely, junk)).toMatchObject({ valid: false });
  });

  it('makes no code for someone without a wallet', async () => {
    const { kysely } = await getDb();
    const nobody = await freshUser();
    await expect(issuePayCode(kysely, nobody)).rejects.toBeInstanceOf(AppError);
  });

  it('draws the QR code with a quiet zone', () => {
    const { size, path } = qrPath('ANXINPAY:1?u=acc&t=1234567890123456&x=1700000000&s=x');
    expect(size % 4).toBe(1); // 4k+17 modules plus 2 x 4 of quiet zone
    expect(path.startsWith('M4 4h7v1h-7z')).toBe(true); // the top-left finder pattern
  });
});
