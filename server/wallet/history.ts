import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { authorize, type Actor } from '../access/authorize';
import type { Db } from '../db/client';
import { perform } from '../db/tx';
import { getT } from '../i18n/t';

const yuan = (minor: number, locale: Locale) =>
  getT(locale, 'wallet')('history.yuan', { value: (minor / 100).toFixed(2) });

/** Month bounds in China time (UTC+8) as ISO instants. */
function monthRange(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const start = Date.UTC(y, m - 1, 1) - 8 * 3_600_000;
  const end = Date.UTC(y, m, 1) - 8 * 3_600_000;
  return [new Date(start).toISOString(), new Date(end).toISOString()];
}

export async function account(db: Db, actor: Actor, accountId: string) {
  await perform(db, authorize(db.kysely, actor, accountId, 'view'));
  const row = await db.kysely
    .selectFrom('accounts')
    .innerJoin('users', 'users.id', 'accounts.owner_id')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'accounts.id')
    .select(['accounts.id', 'users.name', 'ledger_accounts.balance'])
    .where('accounts.id', '=', accountId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    ownerName: row.name,
    balance: { amount: Number(row.balance), currency: 'CNY' as const },
  };
}

/** What happened on a wallet, newest first, in plain words: what, how much, and who did it. */
export async function history(
  db: Db,
  actor: Actor,
  accountId: string,
  month: string | undefined,
  locale: Locale,
) {
  await perform(db, authorize(db.kysely, actor, accountId, 'view'));
  let q = db.kysely
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .innerJoin('users as u', 'u.id', 't.actor_id')
    .innerJoin('accounts as a', 'a.id', 'e.ledger_account_id')
    .leftJoin('receipts as r', 'r.transaction_id', 't.id')
    .select([
      't.id',
      't.kind',
      't.memo',
      't.created_at',
      't.wallet_id',
      'e.amount',
      'u.id as actorId',
      'u.name as actorName',
      'u.name_en as actorNameEn',
      'u.role as actorRole',
      'a.owner_id',
      'r.id as receiptId',
    ])
    .where('e.ledger_account_id', '=', accountId);
  if (month) {
    const [from, to] = monthRange(month);
    q = q.where('t.created_at', '>=', from).where('t.created_at', '<', to);
  }
  const rows = await q.orderBy('t.created_at', 'desc').orderBy('t.id', 'desc').limit(500).execute();
  const contacts = await db.kysely
    .selectFrom('contacts')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'contacts.payee_account_id')
    .select(['ledger_accounts.owner_id', 'contacts.relation'])
    .where('contacts.account_id', '=', accountId)
    .execute();
  const w = getT(locale, 'wallet');
  return rows.map((r) => {
    const memo = JSON.parse(r.memo) as Record<string, string>;
    const amount = Math.abs(Number(r.amount));
    const incoming = Number(r.amount) > 0;
    const isOwner = r.actorId === r.owner_id;
    const relation: 'owner' | 'family' | 'helper' = isOwner
      ? 'owner'
      : r.actorRole === 'family'
        ? 'family'
        : 'helper';
    const name = locale === 'en' ? r.actorNameEn : r.actorName;
    let what: string;
    if (r.kind === 'bill_payment')
      what = w('history.bill', {
        bill: w(`billTypes.${memo.billType as 'water'}`),
        amount: yuan(amount, locale),
      });
    else if (r.kind === 'transfer' && !incoming)
      what = w('history.transferOut', { name: memo.contactName, amount: yuan(amount, locale) });
    else if (r.kind === 'transfer')
      what = w('history.transferIn', { name, amount: yuan(amount, locale) });
    else what = w('history.topup', { amount: yuan(amount, locale) });
    const rel = contacts.find((c) => c.owner_id === r.actorId)?.relation;
    // "By your daughter Li Na" is the owner's wording; other readers get the actor field only.
    const ownerReads = r.owner_id === actor.id;
    let by = '';
    if (ownerReads && relation === 'family' && r.wallet_id === accountId)
      by = w('history.byFamily', {
        name,
        relation: rel ? w(`relations.${rel as 'daughter'}`) : '',
      }).replace(/\s{2,}/g, ' ');
    else if (ownerReads && relation === 'helper' && r.wallet_id === accountId)
      by = w('history.byHelper', { name });
    return {
      id: r.id,
      kind: r.kind,
      amount: { amount, currency: 'CNY' as const },
      direction: incoming ? ('in' as const) : ('out' as const),
      description: what + by,
      createdAt: r.created_at,
      ...(r.receiptId && r.wallet_id === accountId ? { receiptId: r.receiptId } : {}),
      actor: { id: r.actorId, name, relation },
    };
  });
}
