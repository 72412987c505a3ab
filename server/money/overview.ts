import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { accessibleAccounts } from '../access/accounts';
import { getDb } from '../db/client';
import type { UserRow } from '../db/schema';
import { account, history } from '../wallet/history';

/** Who did something, as the person looking at the page would say it. */
export type Who =
  | { kind: 'you' }
  | { kind: 'kin'; relation: string; name: string }
  | { kind: 'person'; name: string };

export interface MoneyRow {
  id: string;
  description: string;
  direction: 'in' | 'out';
  amount: number;
  createdAt: string;
  receiptId?: string;
  who: Who;
}

export interface MoneyAccount {
  id: string;
  relation: 'own' | 'granted';
  ownerName: string;
  balance: number;
  rows: MoneyRow[];
}

/** What each person is to `userId`, from the contacts on the user's own wallets. */
async function myRelations(userId: string): Promise<Map<string, string>> {
  const { kysely } = await getDb();
  const rows = await kysely
    .selectFrom('contacts')
    .innerJoin('accounts as mine', 'mine.id', 'contacts.account_id')
    .innerJoin('ledger_accounts as theirs', 'theirs.id', 'contacts.payee_account_id')
    .select(['theirs.owner_id', 'contacts.relation'])
    .where('mine.owner_id', '=', userId)
    .orderBy('contacts.created_at')
    .execute();
  const map = new Map<string, string>();
  for (const r of rows) if (r.owner_id && !map.has(r.owner_id)) map.set(r.owner_id, r.relation);
  return map;
}

/**
 * "My money": the balance and one month of history of the user's own wallets, and of every
 * wallet someone lets them view. Each row says who did it from the viewer's side: "you", "your
 * daughter Li Na", or a name. Every read goes through the same access check as the API.
 */
export async function moneyOverview(
  user: UserRow,
  month: string,
  locale: Locale,
): Promise<MoneyAccount[]> {
  const db = await getDb();
  const visible = (await accessibleAccounts(user)).filter((a) => a.scopes.includes('view'));
  const relations = await myRelations(user.id);
  const owners = visible.length
    ? await db.kysely
        .selectFrom('users')
        .select(['id', 'name', 'name_en'])
        .where(
          'id',
          'in',
          visible.map((a) => a.ownerId),
        )
        .execute()
    : [];
  return Promise.all(
    visible.map(async (a) => {
      const [info, rows] = await Promise.all([
        account(db, user, a.accountId),
        history(db, user, a.accountId, month, locale),
      ]);
      const owner = owners.find((o) => o.id === a.ownerId);
      return {
        id: a.accountId,
        relation: a.relation,
        ownerName: (locale === 'en' ? owner?.name_en : owner?.name) ?? a.ownerName,
        balance: info.balance.amount,
        rows: rows.map((r): MoneyRow => {
          const relation = relations.get(r.actor.id);
          const who: Who =
            r.actor.id === user.id
              ? { kind: 'you' }
              : relation
                ? { kind: 'kin', relation, name: r.actor.name }
                : { kind: 'person', name: r.actor.name };
          return {
            id: r.id,
            description: r.description,
            direction: r.direction,
            amount: r.amount.amount,
            createdAt: r.createdAt,
            ...(r.receiptId ? { receiptId: r.receiptId } : {}),
            who,
          };
        }),
      };
    }),
  );
}
