import 'server-only';
import { authorize, type Actor } from '../access/authorize';
import type { Db } from '../db/client';
import { perform } from '../db/tx';
import { AppError } from '../http/problem';
import { loadReceipt } from './receipts';

/** A receipt, for someone who may view the account it belongs to (else 404, as for accounts). */
export async function receiptFor(db: Db, actor: Actor, receiptId: string) {
  const receipt = await loadReceipt(db.kysely, receiptId);
  if (!receipt) throw new AppError('not_found');
  await perform(db, authorize(db.kysely, actor, receipt.payload.accountId, 'view'));
  return receipt;
}
