import 'server-only';
import { createHash } from 'node:crypto';
import type { Locale } from '@/lib/i18n/config';
import type { Db } from './db/client';
import { first, prepared, run as exec, type Op } from './db/op';
import type { IdempotencyKeysTable } from './db/schema';
import { transact, type Tx } from './db/tx';
import { AppError, invalid, problemBody } from './http/problem';
import { recordDenial } from './access/authorize';

/** Keys are kept at least this long (the contract asks for 24 hours). */
export const KEY_RETENTION_HOURS = 48;

export interface Outcome {
  status: number;
  body: unknown;
  transactionId?: string;
}

/**
 * The Idempotency-Key header: required (400 idempotency_key_missing without it), 1-255 printable
 * ASCII characters (400 validation_failed otherwise).
 */
export function parseIdempotencyKey(header: string | null): string {
  if (header === null) throw new AppError('idempotency_key_missing');
  if (!/^[\x21-\x7e]([\x20-\x7e]{0,253}[\x21-\x7e])?$/.test(header))
    throw invalid([{ path: 'Idempotency-Key' }]);
  return header;
}

export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('base64url');
}

/**
 * Runs a money operation at most once per (user, key). The key row is inserted first, in the
 * same transaction as the movement: a concurrent request with the same key waits on it and
 * then replays the stored reply. A domain refusal (409, 403, 404) rolls the whole transaction
 * back, so nothing is half-done, and is then stored in a second short transaction and replayed
 * like any other reply. (No savepoint: the common, successful path stays short.)
 */
export async function idempotent(
  db: Db,
  req: { userId: string; key: string; fingerprint: string; locale: Locale },
  run: (tx: Tx) => Op<Outcome>,
): Promise<Outcome & { replayed: boolean }> {
  try {
    return await transact(db, function* (tx) {
      const replay = yield* claim(tx, req, { status: 0, body: '' });
      if (replay) return replay;
      const outcome = yield* run(tx);
      yield* exec(
        storeReply(tx, {
          userId: req.userId,
          key: req.key,
          status: outcome.status,
          response: JSON.stringify(outcome.body),
          transactionId: outcome.transactionId ?? null,
        }),
      );
      return { ...outcome, replayed: false };
    });
  } catch (err) {
    if (!(err instanceof AppError) || err.status >= 500 || err.code === 'idempotency_key_reused')
      throw err;
    const refusal: Outcome = { status: err.status, body: problemBody(err, req.locale) };
    return transact(db, function* (tx) {
      const replay = yield* claim(tx, req, refusal);
      if (replay) return replay;
      yield* recordDenial(tx, err);
      return { ...refusal, replayed: false };
    });
  }
}

const insertKey = prepared((db, row: IdempotencyKeysTable) =>
  db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing()),
);

const storedKey = prepared((db, a: { userId: string; key: string }) =>
  db
    .selectFrom('idempotency_keys')
    .select(['fingerprint', 'status', 'response'])
    .where('user_id', '=', a.userId)
    .where('key', '=', a.key),
);

const storeReply = prepared(
  (
    db,
    a: {
      userId: string;
      key: string;
      status: number;
      response: string;
      transactionId: string | null;
    },
  ) =>
    db
      .updateTable('idempotency_keys')
      .set({ status: a.status, response: a.response, transaction_id: a.transactionId })
      .where('user_id', '=', a.userId)
      .where('key', '=', a.key),
);

/** Inserts the key with the given reply; if the key exists, returns its stored reply instead. */
function* claim(
  tx: Tx,
  req: { userId: string; key: string; fingerprint: string },
  outcome: { status: number; body: unknown },
): Op<(Outcome & { replayed: true }) | undefined> {
  const inserted = yield* exec(
    insertKey(tx, {
      user_id: req.userId,
      key: req.key,
      fingerprint: req.fingerprint,
      status: outcome.status,
      response: outcome.status === 0 ? '' : JSON.stringify(outcome.body),
      transaction_id: null,
      created_at: new Date().toISOString(),
    }),
  );
  if (inserted === 1) return undefined;
  const existing = yield* first(storedKey(tx, { userId: req.userId, key: req.key }));
  if (!existing) throw new Error('idempotency key vanished inside its transaction');
  if (existing.fingerprint !== req.fingerprint) throw new AppError('idempotency_key_reused');
  return {
    status: existing.status,
    body: JSON.parse(existing.response) as unknown,
    replayed: true,
  };
}

export async function purgeOldKeys(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEY_RETENTION_HOURS * 3_600_000).toISOString();
  const res = await db.kysely
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
