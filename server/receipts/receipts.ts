import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../db/ids';
import { prepared, run, type Op } from '../db/op';
import type { Database, ReceiptsTable } from '../db/schema';
import { AppError } from '../http/problem';
import { CURRENT_KEY_ID, canonicalJson, signWith, verifyPayload } from './signing';

// A receipt is the canonical JSON of its payload plus an Ed25519 signature over exactly that
// text. The text is stored as signed (`receipts.payload`), so a receipt can be checked again
// at any time, by us or by anyone holding the public key, without trusting the rest of the row.
// Callers check who may see a receipt (server/access) before loading it.

export interface ReceiptPayload {
  v: 1;
  id: string;
  transactionId: string;
  kind: 'bill_payment' | 'transfer' | 'topup';
  accountId: string;
  ownerName: string;
  ownerNameEn: string;
  amount: number; // fen
  currency: 'CNY';
  counterparty: {
    nameZh: string;
    nameEn: string;
    billType?: string;
    customerNumber?: string;
    noticeNumber?: string;
    relation?: string;
  };
  actor: { id: string; name: string; nameEn: string; relation: 'owner' | 'family' | 'helper' };
  createdAt: string;
}

export interface StoredReceipt {
  payload: ReceiptPayload;
  canonical: string;
  signature: string;
  keyId: string;
}

const MAX_CANONICAL = 8_192;
const id = z.string().min(1).max(100);
const text = z.string().max(200);

const payloadSchema: z.ZodType<ReceiptPayload> = z.strictObject({
  v: z.literal(1),
  id: z.string().regex(/^rcp_[A-Za-z0-9_-]{1,64}$/),
  transactionId: id,
  kind: z.enum(['bill_payment', 'transfer', 'topup']),
  accountId: id,
  ownerName: text,
  ownerNameEn: text,
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: z.literal('CNY'),
  counterparty: z.strictObject({
    nameZh: text,
    nameEn: text,
    billType: text.optional(),
    customerNumber: text.optional(),
    noticeNumber: text.optional(),
    relation: text.optional(),
  }),
  actor: z.strictObject({
    id,
    name: text,
    nameEn: text,
    relation: z.enum(['owner', 'family', 'helper']),
  }),
  createdAt: z.iso.datetime(),
});

const insertReceipt = prepared((db, row: ReceiptsTable) => db.insertInto('receipts').values(row));

/** Signs and stores the receipt of one ledger transaction. Runs inside the caller's transaction. */
export function* issueReceipt(
  db: Kysely<Database>,
  p: Omit<ReceiptPayload, 'v' | 'id'>,
): Op<{ id: string }> {
  const receiptId = newId('rcp');
  const parsed = payloadSchema.safeParse({ ...p, v: 1, id: receiptId });
  if (!parsed.success) throw new Error(`receipt payload is malformed: ${parsed.error.message}`);
  const canonical = canonicalJson(parsed.data);
  const { signature, keyId } = yield* signWith(db, canonical);
  yield* run(
    insertReceipt(db, {
      id: receiptId,
      transaction_id: p.transactionId,
      account_id: p.accountId,
      payload: canonical,
      signature,
      key_id: keyId,
      created_at: p.createdAt,
    }),
  );
  return { id: receiptId };
}

/**
 * A stored receipt, or undefined when there is none with this id. A stored receipt that no
 * longer verifies (the row was changed behind our back) is refused with `receipt_invalid`.
 */
export async function loadReceipt(
  db: Kysely<Database>,
  receiptId: string,
): Promise<StoredReceipt | undefined> {
  if (typeof receiptId !== 'string' || receiptId.length > 100) return undefined;
  const row = await db
    .selectFrom('receipts')
    .select(['payload', 'signature', 'key_id'])
    .where('id', '=', receiptId)
    .executeTakeFirst();
  if (!row) return undefined;
  const payload = parseCanonical(row.payload);
  const valid =
    payload?.id === receiptId && (await verifyPayload(db, row.payload, row.signature, row.key_id));
  if (!payload || !valid) throw new AppError('receipt_invalid');
  return { payload, canonical: row.payload, signature: row.signature, keyId: row.key_id };
}

/** Checks a receipt someone hands us. Never throws on bad input: anything wrong is `valid: false`. */
export async function verifyReceipt(
  db: Kysely<Database>,
  canonical: string,
  signature: string,
): Promise<{ valid: boolean; payload?: ReceiptPayload }> {
  const payload = parseCanonical(canonical);
  if (!payload || typeof signature !== 'string') return { valid: false };
  // The key that signed it is on our copy of the receipt; one we never stored was signed by
  // the current key or not by us.
  const stored = await db
    .selectFrom('receipts')
    .select('key_id')
    .where('id', '=', payload.id)
    .executeTakeFirst();
  const valid = await verifyPayload(db, canonical, signature, stored?.key_id ?? CURRENT_KEY_ID);
  return valid ? { valid: true, payload } : { valid: false };
}

/** The payload when `canonical` is exactly the canonical JSON of a well-formed payload. */
function parseCanonical(canonical: unknown): ReceiptPayload | undefined {
  if (typeof canonical !== 'string' || canonical.length > MAX_CANONICAL) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(canonical);
  } catch {
    return undefined;
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success || canonicalJson(parsed.data) !== canonical) return undefined;
  return parsed.data;
}
