import 'server-only';
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import QRCode from 'qrcode';
import type { Database } from '../db/schema';
import { AppError } from '../http/problem';
import { signPayload, verifyPayload } from '../receipts/signing';

// A payment code is a line of text a cashier's scanner reads:
//
//   ANXINPAY:1?u=<walletId>&t=<16 digits>&x=<expiry, unix seconds>&s=<Ed25519 signature>
//
// `s` signs everything before "&s=" with the wallet's signing key (server/receipts/signing.ts).
// Receipts sign canonical JSON, which always starts with "{", so a signed payment code can
// never be passed off as a receipt, nor the other way round. Nothing is stored when a code
// is made: the signature is what makes it genuine, and `x` ends it. `t` is a fresh random
// token; spending a code once only (remembering used tokens until `x`) belongs to the till
// that redeems it, which is not built yet. The 16 digits of `t` are also shown under the QR
// code, grouped in fours, as shops' tills expect a payment code number to look.

export const PAY_CODE_PREFIX = 'ANXINPAY:1';
/** How long one code works. The page fetches a new one every minute, well inside this. */
export const PAY_CODE_LIFETIME_S = 180;

const CODE = /^ANXINPAY:1\?u=([A-Za-z0-9_-]{1,64})&t=(\d{16})&x=(\d{10})&s=([A-Za-z0-9_-]{86})$/;

export interface PayCode {
  code: string;
  /** The token as shown under the QR code: 16 digits. */
  number: string;
  expiresAt: string;
  /** The QR code as an SVG path, drawn by the page: `size` modules square, quiet zone included. */
  qr: { size: number; path: string };
}

type Db = Kysely<Database>;

function token(): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += String(randomInt(10));
  return out;
}

/** The user's own wallet: a payment code always spends the shower's own money. */
async function ownWallet(db: Db, userId: string): Promise<string> {
  const row = await db
    .selectFrom('accounts')
    .select('id')
    .where('owner_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row.id;
}

/** Draws the code as one SVG path of horizontal runs, with a 4-module quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const margin = 4;
  const n = modules.size;
  let path = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n;) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      path += `M${x + margin} ${y + margin}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: n + 2 * margin, path };
}

/** A fresh signed payment code for the user's own wallet. */
export async function issuePayCode(
  db: Db,
  user: { id: string },
  now = new Date(),
): Promise<PayCode> {
  const wallet = await ownWallet(db, user.id);
  const t = token();
  const x = Math.floor(now.getTime() / 1000) + PAY_CODE_LIFETIME_S;
  const unsigned = `${PAY_CODE_PREFIX}?u=${wallet}&t=${t}&x=${x}`;
  const { signature } = await signPayload(db, unsigned);
  const code = `${unsigned}&s=${signature}`;
  return {
    code,
    number: t,
    expiresAt: new Date(x * 1000).toISOString(),
    qr: qrPath(code),
  };
}

export type PayCodeCheck =
  | { valid: true; walletId: string; token: string; expiresAt: string }
  | { valid: false; reason: 'malformed' | 'signature' | 'expired' };

/** Whether a scanned code is one this wallet made, unaltered and not yet expired. Never throws. */
export async function verifyPayCode(
  db: Db,
  code: unknown,
  now = new Date(),
): Promise<PayCodeCheck> {
  if (typeof code !== 'string' || code.length > 400) return { valid: false, reason: 'malformed' };
  const m = CODE.exec(code);
  if (!m) return { valid: false, reason: 'malformed' };
  const [, walletId, t, x, s] = m as unknown as [string, string, string, string, string];
  const unsigned = code.slice(0, code.lastIndexOf('&s='));
  if (!(await verifyPayload(db, unsigned, s))) return { valid: false, reason: 'signature' };
  const expiry = Number(x) * 1000;
  if (now.getTime() >= expiry) return { valid: false, reason: 'expired' };
  return { valid: true, walletId, token: t, expiresAt: new Date(expiry).toISOString() };
}
