import 'server-only';
import { authorize, type Actor } from '../access/authorize';
import { assertSteppedUp } from '../access/step-up';
import type { Db } from '../db/client';
import { newId } from '../db/ids';
import { first, prepared, run } from '../db/op';
import type { TransfersTable } from '../db/schema';
import { perform, type Tx } from '../db/tx';
import { AppError, invalid } from '../http/problem';
import { payOut } from '../ledger/pay-out';

export async function listContacts(db: Db, actor: Actor, accountId: string) {
  await perform(db, authorize(db.kysely, actor, accountId, 'view'));
  const rows = await db.kysely
    .selectFrom('contacts')
    .select(['id', 'name', 'relation'])
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
  return rows;
}

const contactQuery = prepared((db, a: { accountId: string; contactId: string }) =>
  db
    .selectFrom('contacts')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'contacts.payee_account_id')
    .leftJoin('users', 'users.id', 'ledger_accounts.owner_id')
    .select([
      'contacts.id',
      'contacts.name',
      'contacts.relation',
      'contacts.payee_account_id',
      'contacts.created_at',
      'users.name as holder',
      'users.name_en as holderEn',
    ])
    .where('contacts.id', '=', a.contactId)
    .where('contacts.account_id', '=', a.accountId),
);

const insertTransfer = prepared((db, row: TransfersTable) =>
  db.insertInto('transfers').values(row),
);

function* contactWithHolder(db: Tx, accountId: string, contactId: string) {
  const row = yield* first(contactQuery(db, { accountId, contactId }));
  if (!row) throw new AppError('not_found');
  return row;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[y.length]!;
}

/** Confirmation of payee: the name the sender expects against the account holder's verified name. */
export function matchName(
  expected: string,
  verified: string,
  verifiedEn: string,
): 'match' | 'close_match' | 'no_match' {
  const e = norm(expected);
  if (!e) return 'no_match';
  if (e === norm(verified) || e === norm(verifiedEn)) return 'match';
  const closeEnough = (v: string) =>
    norm(v).length >= 2 && distance(e, norm(v)) <= Math.max(1, Math.floor(norm(v).length / 4));
  return closeEnough(verified) || closeEnough(verifiedEn) ? 'close_match' : 'no_match';
}

export async function checkPayee(
  db: Db,
  actor: Actor,
  accountId: string,
  contactId: string,
  expectedName: string | undefined,
) {
  const c = await perform(
    db,
    (function* () {
      yield* authorize(db.kysely, actor, accountId, 'view');
      return yield* contactWithHolder(db.kysely, accountId, contactId);
    })(),
  );
  const holder = c.holder ?? c.name;
  const holderEn = c.holderEn ?? holder;
  return {
    contactId: c.id,
    verifiedName: holder,
    verifiedNameEn: holderEn,
    result: matchName(expectedName ?? c.name, holder, holderEn),
  };
}

/** Sends money to a saved contact; never leaves the balance below zero. Runs in the caller's transaction. */
export function* transfer(
  db: Tx,
  actor: Actor,
  accountId: string,
  contactId: string,
  amount: number,
  lock: boolean,
) {
  const decision = yield* authorize(db, actor, accountId, 'transfer', amount, { lock });
  assertSteppedUp(actor, amount);
  const c = yield* contactWithHolder(db, accountId, contactId);
  if (c.payee_account_id === accountId) throw invalid([{ path: 'toContactId' }]);
  const out = yield* payOut(db, {
    kind: 'transfer',
    accountId,
    actor,
    decision,
    amount,
    payeeAccountId: c.payee_account_id,
    memo: { contactId: c.id, contactName: c.name, relation: c.relation },
    counterparty: {
      nameZh: c.holder ?? c.name,
      nameEn: c.holderEn ?? c.name,
      relation: c.relation,
    },
  });
  const id = newId('trf');
  yield* run(
    insertTransfer(db, {
      id,
      account_id: accountId,
      contact_id: c.id,
      transaction_id: out.transactionId,
      amount,
      actor_id: actor.id,
      created_at: out.createdAt,
    }),
  );
  return {
    transactionId: out.transactionId,
    transfer: {
      id,
      status: 'completed' as const,
      toContactId: c.id,
      amount: { amount, currency: 'CNY' as const },
      receiptId: out.receiptId,
      createdAt: out.createdAt,
    },
  };
}
