import 'server-only';
import { sql } from 'kysely';
import { formatMoney } from '@/lib/money';
import { newId } from '../db/ids';
import { first, prepared, run, type Op } from '../db/op';
import type { AccessLogTable } from '../db/schema';
import type { Tx } from '../db/tx';
import { AppError } from '../http/problem';
import type { Scope } from './accounts';

export interface Actor {
  id: string;
  /** When the caller has the actor's row at hand, the receipts need no extra query. */
  name?: string;
  name_en?: string;
  role?: string;
  /** When this session last confirmed the person (passkey or PIN); see step-up.ts. */
  steppedUpAt?: string | null;
}

export interface Decision {
  accountId: string;
  ownerId: string;
  ownerName: string;
  ownerNameEn: string;
  relation: 'owner' | 'grantee';
  grantId?: string;
}

interface LogRow {
  actorId: string;
  accountId: string;
  action: Scope;
  amount: number | null;
  allowed: boolean;
  reason: string;
}

const auditOf = new WeakMap<AppError, LogRow>();

/** Start of the current month in China time (UTC+8), as an ISO instant. */
export function monthStart(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  return new Date(
    Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), 1) - 8 * 3_600_000,
  ).toISOString();
}

/**
 * The one place that decides whether an actor may do something to an account. The owner may;
 * a family member may within a live grant's scopes and monthly limit (counted from the ledger);
 * anyone else is told the account does not exist. Every decision on money, and every refusal,
 * is written to access_log.
 */
export function* authorize(
  db: Tx,
  actor: Actor,
  accountId: string,
  action: Scope,
  amount?: number,
  opts: { lock?: boolean } = {},
): Op<Decision> {
  const account = yield* first(accountWithOwner(db, { accountId }));
  if (!account) throw new AppError('not_found');
  const row = (allowed: boolean, reason: string): LogRow => {
    return { actorId: actor.id, accountId, action, amount: amount ?? null, allowed, reason };
  };
  const log = (allowed: boolean, reason: string) => write(db, row(allowed, reason));
  const refuse = (reason: string, err: AppError) => deny(db, row(false, reason), err);
  if (account.owner_id === actor.id) {
    if (amount !== undefined) yield* log(true, 'owner');
    return {
      accountId,
      ownerId: account.owner_id,
      ownerName: account.name,
      ownerNameEn: account.name_en,
      relation: 'owner',
    };
  }
  const now = new Date().toISOString();
  let q = db
    .selectFrom('grants')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('grantee_id', '=', actor.id)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .orderBy('created_at');
  if (opts.lock) q = q.forUpdate();
  const grant = yield* first(q);
  if (!grant) throw yield* refuse('no_grant', new AppError('not_found'));
  const scopes = JSON.parse(grant.scopes) as string[];
  if (!scopes.includes(action)) throw yield* refuse('scope', new AppError('grant_required'));
  if (amount !== undefined && grant.monthly_limit !== null) {
    const used = yield* first(
      db
        .selectFrom('ledger_transactions')
        .select(sql<number>`coalesce(sum(amount), 0)`.as('used'))
        .where('wallet_id', '=', accountId)
        .where('actor_id', '=', actor.id)
        .where('created_at', '>=', monthStart()),
    );
    const remaining = Number(grant.monthly_limit) - Number(used?.used ?? 0);
    if (amount > remaining) {
      const err = new AppError(
        'grant_limit_reached',
        { remaining: formatMoney(Math.max(0, remaining), 'zh-CN') },
        { remaining: { amount: Math.max(0, remaining), currency: 'CNY' } },
      );
      throw yield* refuse('monthly_limit', err);
    }
  }
  if (amount !== undefined || action !== 'view') yield* log(true, `grant:${grant.id}`);
  return {
    accountId,
    ownerId: account.owner_id,
    ownerName: account.name,
    ownerNameEn: account.name_en,
    relation: 'grantee',
    grantId: grant.id,
  };
}

const accountWithOwner = prepared((db, a: { accountId: string }) =>
  db
    .selectFrom('accounts')
    .innerJoin('users', 'users.id', 'accounts.owner_id')
    .select(['accounts.id', 'accounts.owner_id', 'users.name', 'users.name_en'])
    .where('accounts.id', '=', a.accountId),
);

const insertLog = prepared((db, row: AccessLogTable) => db.insertInto('access_log').values(row));

function* write(db: Tx, row: LogRow): Op<void> {
  yield* run(
    insertLog(db, {
      id: newId('acl'),
      actor_id: row.actorId,
      account_id: row.accountId,
      action: row.action,
      amount: row.amount,
      allowed: row.allowed ? 1 : 0,
      reason: row.reason,
      created_at: new Date().toISOString(),
    }),
  );
}

function* deny(db: Tx, row: LogRow, err: AppError): Op<AppError> {
  yield* write(db, row);
  auditOf.set(err, row);
  return err;
}

/** After a rollback undid a refusal's log row, write it again (see idempotency.ts). */
export function* recordDenial(db: Tx, err: AppError): Op<void> {
  const row = auditOf.get(err);
  if (row) yield* write(db, row);
}
