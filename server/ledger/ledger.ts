import 'server-only';
import { sql } from 'kysely';
import { MAX_BALANCE } from '@/lib/money';
import { newId as id } from '../db/ids';
import { first, prepared, run, type Op } from '../db/op';
import type { Tx } from '../db/tx';
import type { LedgerEntriesTable, LedgerTransactionsTable } from '../db/schema';
import { AppError } from '../http/problem';

export const BANK_ACCOUNT = 'sys_bank';

export interface Posting {
  accountId: string;
  amount: number; // signed minor units
}

export interface PostInput {
  kind: LedgerTransactionsTable['kind'];
  walletId: string;
  actorId: string;
  amount: number;
  memo: Record<string, unknown>;
  postings: Posting[];
}

const applyPosting = prepared((db, p: { accountId: string; amount: number }) =>
  db
    .updateTable('ledger_accounts')
    .set({ balance: sql`balance + ${p.amount}` })
    .where('id', '=', p.accountId)
    .where(sql<boolean>`(kind <> 'wallet' or balance + ${p.amount} between 0 and ${MAX_BALANCE})`),
);

const insertTransaction = prepared((db, row: LedgerTransactionsTable) =>
  db.insertInto('ledger_transactions').values(row),
);

const insertEntry = prepared((db, row: LedgerEntriesTable) =>
  db.insertInto('ledger_entries').values(row),
);

/**
 * Appends one balanced transaction. Each posting is a guarded update: a wallet's balance is
 * changed only if it stays between 0 (a database CHECK refuses less) and MAX_BALANCE. Postings
 * are applied in account-id order so concurrent transactions lock rows in the same order.
 */
export function* post(tx: Tx, input: PostInput): Op<string> {
  const { postings } = input;
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0)
    throw new Error('ledger: amount must be a positive integer');
  if (
    postings.length < 2 ||
    postings.some((p) => !Number.isSafeInteger(p.amount) || p.amount === 0)
  ) {
    throw new Error('ledger: postings must be non-zero integers');
  }
  if (postings.reduce((s, p) => s + p.amount, 0) !== 0)
    throw new Error('ledger: postings must sum to zero');

  for (const p of [...postings].sort((a, b) => (a.accountId < b.accountId ? -1 : 1))) {
    const changed = yield* run(applyPosting(tx, p));
    if (changed !== 1) {
      const exists = yield* first(
        tx.selectFrom('ledger_accounts').select('id').where('id', '=', p.accountId),
      );
      if (!exists) throw new Error(`ledger: no account ${p.accountId}`);
      throw new AppError(p.amount > 0 ? 'balance_limit_reached' : 'insufficient_funds');
    }
  }
  const txId = id('ltx');
  const now = new Date().toISOString();
  yield* run(
    insertTransaction(tx, {
      id: txId,
      kind: input.kind,
      wallet_id: input.walletId,
      actor_id: input.actorId,
      amount: input.amount,
      memo: JSON.stringify(input.memo),
      created_at: now,
    }),
  );
  for (const p of postings)
    yield* run(
      insertEntry(tx, {
        id: id('len'),
        transaction_id: txId,
        ledger_account_id: p.accountId,
        amount: p.amount,
      }),
    );
  return txId;
}

export function* balanceOf(db: Tx, accountId: string): Op<number | undefined> {
  const row = yield* first(
    db.selectFrom('ledger_accounts').select('balance').where('id', '=', accountId),
  );
  return row ? Number(row.balance) : undefined;
}

/** Creates ledger accounts that do not exist yet (wallets, billers, the bank). */
export function* ensureLedgerAccount(
  db: Tx,
  accountId: string,
  kind: 'wallet' | 'biller' | 'bank' | 'voucher_pool',
  ownerId: string | null,
): Op<void> {
  yield* run(
    db
      .insertInto('ledger_accounts')
      .values({
        id: accountId,
        kind,
        owner_id: ownerId,
        balance: 0,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing()),
  );
}
