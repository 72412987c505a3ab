import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { accessibleAccounts } from '../access/accounts';
import { authorize, type Actor } from '../access/authorize';
import { getDb } from '../db/client';
import { perform } from '../db/tx';
import { AppError } from '../http/problem';
import { billDto, listBills } from './bills';

// What the bill pages show, as small DTOs: every function checks who may see the account.

export type BillView = ReturnType<typeof billDto>;

export interface BillsOfAccount {
  accountId: string;
  relation: 'own' | 'granted';
  /** The owner's name in the page's language. */
  ownerName: string;
  due: BillView[];
  paid: (BillView & { receiptId: string | null })[];
}

async function receiptIdsOf(accountId: string, billIds: string[]) {
  if (billIds.length === 0) return new Map<string, string>();
  const { kysely } = await getDb();
  const rows = await kysely
    .selectFrom('payments')
    .innerJoin('receipts', 'receipts.transaction_id', 'payments.transaction_id')
    .select(['payments.bill_id', 'receipts.id'])
    .where('payments.account_id', '=', accountId)
    .where('payments.bill_id', 'in', billIds)
    .execute();
  return new Map(rows.map((r) => [r.bill_id, r.id]));
}

/**
 * The bills this person may pay: their own wallet's first, then those of every wallet whose
 * owner granted them `pay_bills` (a daughter paying her mother's bills).
 */
export async function billsToPay(user: Actor, locale: Locale): Promise<BillsOfAccount[]> {
  const db = await getDb();
  const all = await accessibleAccounts(user);
  const own = all.find((a) => a.relation === 'own');
  const granted = all.filter((a) => a.relation === 'granted' && a.scopes.includes('pay_bills'));
  return Promise.all(
    [...(own ? [own] : []), ...granted].map(async (a) => {
      const decision = await perform(db, authorize(db.kysely, user, a.accountId, 'view'));
      const bills = await listBills(db, user, a.accountId, undefined, locale);
      const paid = bills.filter((b) => b.status === 'paid').reverse();
      const receipts = await receiptIdsOf(
        a.accountId,
        paid.map((b) => b.id),
      );
      return {
        accountId: a.accountId,
        relation: a.relation,
        ownerName: locale === 'en' ? decision.ownerNameEn : decision.ownerName,
        due: bills.filter((b) => b.status === 'due'),
        paid: paid.map((b) => ({ ...b, receiptId: receipts.get(b.id) ?? null })),
      };
    }),
  );
}

/** The account a person may add bills to: their own, or one that granted them `pay_bills`. */
export async function billAccountTarget(user: Actor, locale: Locale, accountId?: string) {
  const db = await getDb();
  const all = await accessibleAccounts(user);
  const target = accountId
    ? all.find((a) => a.accountId === accountId && a.scopes.includes('pay_bills'))
    : all.find((a) => a.relation === 'own');
  if (!target) throw new AppError('not_found');
  const decision = await perform(db, authorize(db.kysely, user, target.accountId, 'view'));
  return {
    accountId: target.accountId,
    relation: target.relation,
    ownerName: locale === 'en' ? decision.ownerNameEn : decision.ownerName,
  };
}

/** One bill for its review page: the bill, whose wallet pays it, the balance, and its receipt. */
export async function billForReview(user: Actor, billId: string, locale: Locale) {
  const db = await getDb();
  const row = await db.kysely
    .selectFrom('bills')
    .selectAll()
    .where('id', '=', billId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const decision = await perform(db, authorize(db.kysely, user, row.account_id, 'view'));
  const access = (await accessibleAccounts(user)).find((a) => a.accountId === row.account_id);
  const balance = await db.kysely
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('id', '=', row.account_id)
    .executeTakeFirstOrThrow();
  const receipts = await receiptIdsOf(row.account_id, row.status === 'paid' ? [row.id] : []);
  return {
    bill: billDto(row, locale),
    accountId: row.account_id,
    relation: decision.relation === 'owner' ? ('own' as const) : ('granted' as const),
    ownerName: locale === 'en' ? decision.ownerNameEn : decision.ownerName,
    mayPay: access?.scopes.includes('pay_bills') ?? false,
    balance: Number(balance.balance),
    receiptId: receipts.get(row.id) ?? null,
  };
}
