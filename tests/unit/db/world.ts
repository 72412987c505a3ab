import { randomUUID } from 'node:crypto';
import { getDb } from '@/server/db/client';
import type { Op } from '@/server/db/op';
import { inTransaction, perform } from '@/server/db/tx';
import { seedSystem } from '@/server/demo/seed';
import { fingerprint, idempotent, type Outcome } from '@/server/idempotency';
import { ensureLedgerAccount } from '@/server/ledger/ledger';
import type { Tx } from '@/server/db/tx';
import { topUp } from '@/server/wallet/top-up';
import { freshUser } from './helpers';

/** A small world for money tests: one owner, two wallets, a contact between them, due bills. */
export async function world(opts: { balance: number; bills?: number[] }) {
  const db = await getDb();
  await seedSystem(db);
  // The owner has just confirmed it is them (passkey or PIN), as the app does before paying.
  const owner = { ...(await freshUser()), steppedUpAt: new Date().toISOString() };
  const other = await freshUser();
  const a = `acc_t_${randomUUID()}`;
  const b = `acc_t_${randomUUID()}`;
  const contactId = `con_t_${randomUUID()}`;
  const billIds: string[] = [];
  await inTransaction(db, async (tx) => {
    for (const [id, ownerId] of [
      [a, owner.id],
      [b, other.id],
    ] as const) {
      await tx
        .insertInto('accounts')
        .values({ id, owner_id: ownerId, kind: 'wallet', created_at: new Date().toISOString() })
        .execute();
      await perform(tx, ensureLedgerAccount(tx, id, 'wallet', ownerId));
    }
    await tx
      .insertInto('contacts')
      .values({
        id: contactId,
        account_id: a,
        payee_account_id: b,
        name: '测试',
        relation: 'friend',
        created_at: new Date().toISOString(),
      })
      .execute();
    for (const amount of opts.bills ?? []) {
      const id = `bil_t_${randomUUID()}`;
      billIds.push(id);
      await tx
        .insertInto('bills')
        .values({
          id,
          account_id: a,
          biller_id: 'blr_state_grid',
          customer_number: '12345678',
          notice_number: id,
          amount,
          period: '2026-11',
          due_date: '2026-12-15',
          status: 'due',
          created_at: new Date().toISOString(),
        })
        .execute();
    }
  });
  if (opts.balance > 0)
    await run(owner.id, `seed-${a}`, 'topup', (tx) =>
      mapOp(topUp(tx, owner, a, opts.balance), (r) => ({
        status: 201,
        body: r.topUp,
        transactionId: r.transactionId,
      })),
    );
  return { db, owner, other, a, b, contactId, billIds };
}

/** An Op's result, reshaped (for turning a domain result into an Outcome). */
export function* mapOp<A, B>(op: Op<A>, f: (a: A) => B): Op<B> {
  return f(yield* op);
}

/** One money request through the same idempotency path the API uses. */
export async function run(userId: string, key: string, what: string, op: (tx: Tx) => Op<Outcome>) {
  const db = await getDb();
  return idempotent(
    db,
    { userId, key, fingerprint: fingerprint('POST', what, null), locale: 'en' },
    op,
  );
}

export async function balance(id: string) {
  const { kysely } = await getDb();
  const r = await kysely
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.balance);
}
