import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The ledger's invariants, as queries. Empty lists mean all hold: every transaction balances,
 * no wallet is below zero, every stored balance equals the sum of its entries, all balances
 * together sum to zero, and no idempotency key maps to two transactions (or two keys to one).
 */
export async function ledgerViolations(db: Kysely<Database>): Promise<string[]> {
  const out: string[] = [];
  const unbalanced = await db
    .selectFrom('ledger_entries')
    .select('transaction_id')
    .groupBy('transaction_id')
    .having(sql`sum(amount)`, '<>', 0)
    .execute();
  for (const r of unbalanced) out.push(`transaction ${r.transaction_id} does not sum to zero`);
  const negative = await db
    .selectFrom('ledger_accounts')
    .select(['id', 'balance'])
    .where('kind', '=', 'wallet')
    .where('balance', '<', 0)
    .execute();
  for (const r of negative) out.push(`wallet ${r.id} is below zero: ${r.balance}`);
  const drift = await db
    .selectFrom('ledger_accounts as a')
    .leftJoin('ledger_entries as e', 'e.ledger_account_id', 'a.id')
    .select(['a.id', 'a.balance', sql<number>`coalesce(sum(e.amount), 0)`.as('entries')])
    .groupBy(['a.id', 'a.balance'])
    .having(sql`coalesce(sum(e.amount), 0)`, '<>', sql.ref('a.balance'))
    .execute();
  for (const r of drift) out.push(`account ${r.id} balance ${r.balance} != entries ${r.entries}`);
  const total = await db
    .selectFrom('ledger_accounts')
    .select(sql<number>`coalesce(sum(balance), 0)`.as('t'))
    .executeTakeFirstOrThrow();
  if (Number(total.t) !== 0) out.push(`all balances sum to ${total.t}, not 0`);
  const shared = await db
    .selectFrom('idempotency_keys')
    .select('transaction_id')
    .where('transaction_id', 'is not', null)
    .groupBy('transaction_id')
    .having(sql`count(*)`, '>', 1)
    .execute();
  for (const r of shared)
    out.push(`transaction ${r.transaction_id} is claimed by more than one key`);
  const orphans = await db
    .selectFrom('ledger_transactions as t')
    .leftJoin('ledger_entries as e', 'e.transaction_id', 't.id')
    .select('t.id')
    .where('e.id', 'is', null)
    .execute();
  for (const r of orphans) out.push(`transaction ${r.id} has no entries`);
  return out;
}
