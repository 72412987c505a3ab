import 'server-only';
import { getDb } from '../db/client';
import type { UserRow } from '../db/schema';

export const SCOPES = ['view', 'pay_bills', 'transfer', 'manage'] as const;
export type Scope = (typeof SCOPES)[number];

export interface AccountAccess {
  accountId: string;
  ownerId: string;
  ownerName: string;
  relation: 'own' | 'granted';
  scopes: Scope[];
  monthlyLimit: number | null;
}

export function parseScopes(raw: string): Scope[] {
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list)
      ? list.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s))
      : [];
  } catch {
    return [];
  }
}

/**
 * Every account the user may act on, and how: owners hold every scope; a grantee holds the
 * scopes of a live grant (not revoked, not expired). The one place that answers "who may".
 */
export async function accessibleAccounts(
  user: Pick<UserRow, 'id'>,
  now = new Date(),
): Promise<AccountAccess[]> {
  const { kysely } = await getDb();
  const own = await kysely
    .selectFrom('accounts')
    .innerJoin('users', 'users.id', 'accounts.owner_id')
    .select(['accounts.id', 'accounts.owner_id', 'users.name'])
    .where('accounts.owner_id', '=', user.id)
    .orderBy('accounts.created_at')
    .execute();
  const granted = await kysely
    .selectFrom('grants')
    .innerJoin('accounts', 'accounts.id', 'grants.account_id')
    .innerJoin('users', 'users.id', 'accounts.owner_id')
    .select([
      'accounts.id',
      'accounts.owner_id',
      'users.name',
      'grants.scopes',
      'grants.monthly_limit',
    ])
    .where('grants.grantee_id', '=', user.id)
    .where('grants.revoked_at', 'is', null)
    .where((eb) =>
      eb.or([eb('grants.expires_at', 'is', null), eb('grants.expires_at', '>', now.toISOString())]),
    )
    .orderBy('grants.created_at')
    .execute();
  return [
    ...own.map((a) => ({
      accountId: a.id,
      ownerId: a.owner_id,
      ownerName: a.name,
      relation: 'own' as const,
      scopes: [...SCOPES],
      monthlyLimit: null,
    })),
    ...granted.map((g) => ({
      accountId: g.id,
      ownerId: g.owner_id,
      ownerName: g.name,
      relation: 'granted' as const,
      scopes: parseScopes(g.scopes),
      monthlyLimit: g.monthly_limit === null ? null : Number(g.monthly_limit),
    })),
  ];
}
