import 'server-only';
import { sql, type Kysely } from 'kysely';
import { getDb } from '../db/client';
import type { Database, UserRow } from '../db/schema';
import { parseScopes, type Scope } from './accounts';
import { monthStart } from './authorize';

interface Person {
  id: string;
  name: string;
  nameEn: string;
}

interface GrantSummary {
  grantId: string;
  accountId: string;
  scopes: Scope[];
  /** Fen a month, or null for no limit. */
  monthlyLimit: number | null;
  /** Fen the helper has moved on this account since the start of this month (China time). */
  usedThisMonth: number;
  /** What the other person is to the user, from the user's contacts (e.g. 'daughter'), if known. */
  relation: string | null;
}

export interface Helper extends GrantSummary {
  helper: Person & { phone: string | null };
}

export interface Helping extends GrantSummary {
  owner: Person;
}

/** Grants not revoked and not expired, with the account's owner. */
function liveGrants(kysely: Kysely<Database>, now: Date) {
  return kysely
    .selectFrom('grants')
    .innerJoin('accounts', 'accounts.id', 'grants.account_id')
    .select([
      'grants.id',
      'grants.account_id',
      'grants.grantee_id',
      'grants.scopes',
      'grants.monthly_limit',
      'accounts.owner_id',
    ])
    .where('grants.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([eb('grants.expires_at', 'is', null), eb('grants.expires_at', '>', now.toISOString())]),
    );
}

/** Fen moved by `actorId` on `accountId` this month: the figure the monthly limit counts. */
async function usedThisMonth(accountId: string, actorId: string, now: Date): Promise<number> {
  const { kysely } = await getDb();
  const row = await kysely
    .selectFrom('ledger_transactions')
    .select(sql<number>`coalesce(sum(amount), 0)`.as('used'))
    .where('wallet_id', '=', accountId)
    .where('actor_id', '=', actorId)
    .where('created_at', '>=', monthStart(now))
    .executeTakeFirstOrThrow();
  return Number(row.used);
}

/** What `otherId` is to `userId`, as `userId` saved them in a contact (e.g. 'daughter'). */
async function relationTo(userId: string, otherId: string): Promise<string | null> {
  const { kysely } = await getDb();
  const row = await kysely
    .selectFrom('contacts')
    .innerJoin('accounts as mine', 'mine.id', 'contacts.account_id')
    .innerJoin('ledger_accounts as theirs', 'theirs.id', 'contacts.payee_account_id')
    .select('contacts.relation')
    .where('mine.owner_id', '=', userId)
    .where('theirs.owner_id', '=', otherId)
    .orderBy('contacts.created_at')
    .executeTakeFirst();
  return row?.relation ?? null;
}

async function people(ids: string[]) {
  if (ids.length === 0) return new Map<string, Person & { phone: string | null }>();
  const { kysely } = await getDb();
  const rows = await kysely
    .selectFrom('users')
    .select(['id', 'name', 'name_en', 'phone'])
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: r.name, nameEn: r.name_en, phone: r.phone }]),
  );
}

/** The owner's view: who holds a live grant on the user's own accounts, and what they may do. */
export async function grantsOnMyAccounts(
  user: Pick<UserRow, 'id'>,
  now = new Date(),
): Promise<Helper[]> {
  const grants = await liveGrants((await getDb()).kysely, now)
    .where('accounts.owner_id', '=', user.id)
    .orderBy('grants.created_at')
    .orderBy('grants.id')
    .execute();
  const who = await people([...new Set(grants.map((g) => g.grantee_id))]);
  return Promise.all(
    grants.map(async (g) => ({
      grantId: g.id,
      accountId: g.account_id,
      helper: who.get(g.grantee_id)!,
      scopes: parseScopes(g.scopes),
      monthlyLimit: g.monthly_limit === null ? null : Number(g.monthly_limit),
      usedThisMonth: await usedThisMonth(g.account_id, g.grantee_id, now),
      relation: await relationTo(user.id, g.grantee_id),
    })),
  );
}

/** A helper's view: whose accounts the user may act on, what they may do, and what they used. */
export async function accountsIHelpWith(
  user: Pick<UserRow, 'id'>,
  now = new Date(),
): Promise<Helping[]> {
  const grants = await liveGrants((await getDb()).kysely, now)
    .where('grants.grantee_id', '=', user.id)
    .where('accounts.owner_id', '!=', user.id)
    .orderBy('grants.created_at')
    .orderBy('grants.id')
    .execute();
  const who = await people([...new Set(grants.map((g) => g.owner_id))]);
  return Promise.all(
    grants.map(async (g) => {
      const { id, name, nameEn } = who.get(g.owner_id)!; // never the owner's phone
      return {
        grantId: g.id,
        accountId: g.account_id,
        owner: { id, name, nameEn },
        scopes: parseScopes(g.scopes),
        monthlyLimit: g.monthly_limit === null ? null : Number(g.monthly_limit),
        usedThisMonth: await usedThisMonth(g.account_id, user.id, now),
        relation: await relationTo(user.id, g.owner_id),
      };
    }),
  );
}
