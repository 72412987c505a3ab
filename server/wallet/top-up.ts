import 'server-only';
import { newId } from '../db/ids';
import { authorize, type Actor } from '../access/authorize';
import type { Tx } from '../db/tx';
import { BANK_ACCOUNT, post } from '../ledger/ledger';

/** Adds money to a wallet from the bank account (the demo bank in demo mode). Owner only. */
export function* topUp(db: Tx, actor: Actor, accountId: string, amount: number) {
  yield* authorize(db, actor, accountId, 'manage', amount);
  const transactionId = yield* post(db, {
    kind: 'topup',
    walletId: accountId,
    actorId: actor.id,
    amount,
    memo: { source: 'demo_bank' },
    postings: [
      { accountId: BANK_ACCOUNT, amount: -amount },
      { accountId, amount },
    ],
  });
  return {
    transactionId,
    topUp: {
      id: newId('top'),
      transactionId,
      amount: { amount, currency: 'CNY' as const },
    },
  };
}
