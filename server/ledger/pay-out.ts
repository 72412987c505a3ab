import 'server-only';
import type { Actor, Decision } from '../access/authorize';
import type { Op } from '../db/op';
import type { Tx } from '../db/tx';
import { issueReceipt, type ReceiptPayload } from '../receipts/receipts';
import { actorSummary } from '../users/actors';
import { post } from './ledger';

export interface PayOut {
  kind: 'bill_payment' | 'transfer';
  /** The wallet the money leaves. */
  accountId: string;
  actor: Actor;
  /** The access decision that allowed it: names the owner and how the actor is related. */
  decision: Decision;
  amount: number;
  /** The ledger account the money goes to: a biller's, or the contact's wallet. */
  payeeAccountId: string;
  memo: Record<string, unknown>;
  counterparty: ReceiptPayload['counterparty'];
}

/**
 * Money leaving a wallet, paid to a biller or sent to a contact: one ledger transaction and
 * its signed receipt naming who acted, in the caller's transaction. Paying a bill and sending
 * money differ only in what they check first and in the row they keep beside it.
 */
export function* payOut(
  db: Tx,
  p: PayOut,
): Op<{ transactionId: string; receiptId: string; createdAt: string }> {
  const who = yield* actorSummary(db, p.actor, p.decision);
  const transactionId = yield* post(db, {
    kind: p.kind,
    walletId: p.accountId,
    actorId: p.actor.id,
    amount: p.amount,
    memo: p.memo,
    postings: [
      { accountId: p.accountId, amount: -p.amount },
      { accountId: p.payeeAccountId, amount: p.amount },
    ],
  });
  const createdAt = new Date().toISOString();
  const receipt = yield* issueReceipt(db, {
    transactionId,
    kind: p.kind,
    accountId: p.accountId,
    ownerName: who.ownerName,
    ownerNameEn: who.ownerNameEn,
    amount: p.amount,
    currency: 'CNY',
    counterparty: p.counterparty,
    actor: who.actor,
    createdAt,
  });
  return { transactionId, receiptId: receipt.id, createdAt };
}
