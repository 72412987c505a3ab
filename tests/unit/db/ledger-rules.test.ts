import { describe, expect, it } from 'vitest';
import { authorize, monthStart } from '@/server/access/authorize';
import { perform, transact } from '@/server/db/tx';
import { AppError } from '@/server/http/problem';
import { post } from '@/server/ledger/ledger';
import { freshUser } from './helpers';
import { world } from './world';

const pg = Boolean(process.env.DATABASE_URL);

describe(`ledger rules (${pg ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('the database itself refuses a negative wallet balance', async () => {
    const w = await world({ balance: 100 });
    await expect(
      w.db.kysely
        .updateTable('ledger_accounts')
        .set({ balance: -1 })
        .where('id', '=', w.a)
        .execute(),
    ).rejects.toThrow();
  });

  it('refuses unbalanced or fractional postings before writing anything', async () => {
    const w = await world({ balance: 1_000 });
    const base = {
      kind: 'transfer' as const,
      walletId: w.a,
      actorId: w.owner.id,
      amount: 100,
      memo: {},
    };
    await expect(
      transact(w.db, (tx) =>
        post(tx, {
          ...base,
          postings: [
            { accountId: w.a, amount: -100 },
            { accountId: w.b, amount: 99 },
          ],
        }),
      ),
    ).rejects.toThrow(/sum to zero/);
    await expect(
      transact(w.db, (tx) =>
        post(tx, {
          ...base,
          postings: [
            { accountId: w.a, amount: -0.5 },
            { accountId: w.b, amount: 0.5 },
          ],
        }),
      ),
    ).rejects.toThrow(/integers/);
    await expect(
      transact(w.db, (tx) =>
        post(tx, {
          ...base,
          postings: [
            { accountId: w.a, amount: -2_000 },
            { accountId: w.b, amount: 2_000 },
          ],
        }),
      ),
    ).rejects.toMatchObject({ code: 'insufficient_funds' });
    const count = await w.db.kysely
      .selectFrom('ledger_transactions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('wallet_id', '=', w.a)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1); // only the opening top-up
  });

  it('counts the month in China time', () => {
    expect(monthStart(new Date('2026-11-30T16:30:00Z'))).toBe('2026-11-30T16:00:00.000Z'); // 1 Dec 00:30 in Beijing
    expect(monthStart(new Date('2026-11-30T15:59:00Z'))).toBe('2026-10-31T16:00:00.000Z');
  });

  it('writes every refusal and every money decision to the access log', async () => {
    const w = await world({ balance: 1_000 });
    const stranger = await freshUser();
    const err = await perform(w.db, authorize(w.db.kysely, stranger, w.a, 'transfer', 100)).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('not_found');
    await perform(w.db, authorize(w.db.kysely, w.owner, w.a, 'transfer', 100));
    const rows = await w.db.kysely
      .selectFrom('access_log')
      .select(['actor_id', 'allowed', 'reason', 'amount'])
      .where('account_id', '=', w.a)
      .orderBy('created_at')
      .execute();
    expect(rows.map((r) => [r.actor_id, r.allowed, r.reason, Number(r.amount)])).toEqual(
      expect.arrayContaining([
        [stranger.id, 0, 'no_grant', 100],
        [w.owner.id, 1, 'owner', 100],
      ]),
    );
  });
});
