import 'server-only';
import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/server/http/problem';

// The payment code printed on tax, social-insurance and utility notices:
//
//   ANXINBILL:1?b=<billerId>&c=<customerNumber>&n=<noticeNumber>&a=<amount>&s=<signature>
//
// e.g. ANXINBILL:1?b=blr_water&c=WS-0012345&n=2025-06-000123&a=8650&s=<86 base64url chars>
//
// - `1` is the format version; the prefix `ANXINBILL:1?` is matched exactly.
// - Exactly these five parameters, each once, in this order. The values' alphabets contain no
//   `&`, `=`, `%` or whitespace, so there is no escaping and each notice has one spelling.
// - `a` is the amount in fen: a decimal integer, no sign, no leading zeros, 1..9_999_999_999.
// - `s` is an Ed25519 signature by the biller, unpadded base64url of exactly 64 bytes (86
//   characters, canonical: the 4 spare bits of the last character are zero).
// - The signed message is the canonical text of everything before `&s=`, as ASCII bytes:
//   `ANXINBILL:1?b=${billerId}&c=${customerNumber}&n=${noticeNumber}&a=${amount}`.
//   The version and parameter names are inside it, so no part can be moved or swapped.
// - The whole code is printable ASCII (0x21..0x7E) and at most 512 characters.
//
// Decoding refuses anything else with AppError('qr_invalid') and never throws anything else.

export interface BillNotice {
  billerId: string;
  customerNumber: string;
  noticeNumber: string;
  amount: number /* fen */;
}

const PREFIX = 'ANXINBILL:1?';
const MAX_LENGTH = 512;
const MAX_AMOUNT = 99_999_999_99;
const PARAMS = ['b', 'c', 'n', 'a', 's'] as const;

const billerId = z.string().regex(/^blr_[a-z_]{2,40}$/);
const customerNumber = z.string().regex(/^[0-9A-Za-z-]{4,32}$/);
const noticeNumber = z.string().regex(/^[0-9A-Za-z-]{4,40}$/);

const noticeSchema = z.strictObject({
  billerId,
  customerNumber,
  noticeNumber,
  amount: z.number().int().min(1).max(MAX_AMOUNT),
});

const codeSchema = z
  .string()
  .max(MAX_LENGTH)
  .regex(/^[\x21-\x7e]+$/)
  .startsWith(PREFIX);

const paramsSchema = z.strictObject({
  b: billerId,
  c: customerNumber,
  n: noticeNumber,
  a: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_AMOUNT)),
  s: z
    .string()
    .regex(/^[A-Za-z0-9_-]{86}$/)
    .transform((s) => Buffer.from(s, 'base64url'))
    .refine((sig) => sig.length === 64),
});

function canonical(n: BillNotice): string {
  return `${PREFIX}b=${n.billerId}&c=${n.customerNumber}&n=${n.noticeNumber}&a=${n.amount}`;
}

function isEd25519(key: unknown, type: 'public' | 'private'): key is KeyObject {
  const k = key as KeyObject | undefined;
  return !!k && k.type === type && k.asymmetricKeyType === 'ed25519';
}

/** The signed text of a notice. For billers, demo data and tests; the wallet only decodes. */
export function encodeBillQr(notice: BillNotice, privateKey: KeyObject): string {
  const parsed = noticeSchema.safeParse(notice);
  if (!parsed.success) throw new TypeError('encodeBillQr: not a valid bill notice');
  if (!isEd25519(privateKey, 'private')) throw new TypeError('encodeBillQr: not an Ed25519 key');
  const body = canonical(parsed.data);
  const signature = sign(null, Buffer.from(body, 'ascii'), privateKey);
  return `${body}&s=${signature.toString('base64url')}`;
}

/** Splits the query into the five parameters, in order, each once; else undefined. */
function splitParams(query: string): Record<string, string> | undefined {
  const parts = query.split('&');
  if (parts.length !== PARAMS.length) return undefined;
  const out: Record<string, string> = {};
  for (const [i, part] of parts.entries()) {
    const name = PARAMS[i];
    if (!name || !part.startsWith(`${name}=`)) return undefined;
    out[name] = part.slice(name.length + 1);
  }
  return out;
}

function decodeOrUndefined(
  text: unknown,
  publicKeyFor: (billerId: string) => KeyObject | undefined,
): BillNotice | undefined {
  if (typeof text !== 'string' || text.length > MAX_LENGTH) return undefined;
  const code = codeSchema.safeParse(text);
  if (!code.success) return undefined;
  const raw = splitParams(code.data.slice(PREFIX.length));
  if (!raw) return undefined;
  const p = paramsSchema.safeParse(raw);
  if (!p.success) return undefined;
  const notice: BillNotice = {
    billerId: p.data.b,
    customerNumber: p.data.c,
    noticeNumber: p.data.n,
    amount: p.data.a,
  };
  const body = canonical(notice);
  // One spelling per notice and signature: the text must be exactly what encodeBillQr writes
  // (this also refuses a non-canonical last signature character).
  if (text !== `${body}&s=${p.data.s.toString('base64url')}`) return undefined;
  const key = publicKeyFor(notice.billerId);
  if (!isEd25519(key, 'public')) return undefined;
  if (!verify(null, Buffer.from(body, 'ascii'), key, p.data.s)) return undefined;
  return notice;
}

/** The notice in a scanned code, verified with its biller's public key; else AppError('qr_invalid'). */
export function decodeBillQr(
  text: string,
  publicKeyFor: (billerId: string) => KeyObject | undefined,
): BillNotice {
  let notice: BillNotice | undefined;
  try {
    notice = decodeOrUndefined(text, publicKeyFor);
  } catch {
    notice = undefined; // a failing key lookup or crypto error is a refused code, nothing more
  }
  if (!notice) throw new AppError('qr_invalid');
  return notice;
}
