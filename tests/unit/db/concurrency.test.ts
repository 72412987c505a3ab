import { describe, expect, it } from 'vitest';
import { payBill } from '@/server/bills/bills';
import { ledgerViolations } from '@/server/ledger/invariants';
import { transfer } from '@/server/transfers/transfers';
import { balance, mapOp, run, world } from './world';

const pg = Boolean(process.env.DATABASE_URL);

describe(`money under concurrency (${pg ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('50 concurrent requests with one key: one movement, identical replies', async () => {
    const w = await world({ balance: 100_000 });
    const replies = await Promise.all(
      Array.from({ length: 50 }, () =>
        run(w.owner.id, 'same-key', `transfer ${w.a}`, (tx) =>
          mapOp(transfer(tx, w.owner, w.a, w.contactId, 1_000, pg), (r) => ({
            status: 201,
            body: { transfer: r.transfer },
            transactionId: r.transactionId,
          })),
        ),
      ),
    );
    expect(new Set(replies.map((r) => JSON.stringify([r.status, r.body]))).size).toBe(1);
    expect(replies.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await balance(w.a)).toBe(99_000);
    expect(await balance(w.b)).toBe(1_000);
    expect(await ledgerViolations(w.db.kysely)).toEqual([]);
  });

  it('30 concurrent payments of one bill with different keys: one success, 29 bill_already_paid', async () => {
    const w = await world({ balance: 100_000, bills: [12_850] });
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        run(w.owner.id, `pay-${i}`, `pay ${w.billIds[0]}`, (tx) =>
          mapOp(payBill(tx, w.owner, w.a, w.billIds[0]!, pg), (r) => ({
            status: 201,
            body: r.payment,
            transactionId: r.transactionId,
          })),
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = replies.filter((r) => r.status === 409);
    expect(refused).toHaveLength(29);
    for (const r of refused) expect((r.body as { code: string }).code).toBe('bill_already_paid');
    expect(await balance(w.a)).toBe(100_000 - 12_850);
    expect(await ledgerViolations(w.db.kysely)).toEqual([]);
  });

  it('100 concurrent transfers that together exceed the balance never take it below zero', async () => {
    const w = await world({ balance: 50_000 });
    const { kysely } = w.db;
    const totalBefore = await kysely
      .selectFrom('ledger_accounts')
      .select((eb) => eb.fn.sum<number>('balance').as('t'))
      .executeTakeFirstOrThrow();
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        run(w.owner.id, `t-${i}`, `transfer ${i}`, (tx) =>
          mapOp(transfer(tx, w.owner, w.a, w.contactId, 700, pg), (r) => ({
            status: 201,
            body: r.transfer,
            transactionId: r.transactionId,
          })),
        ),
      ),
    );
    const ok = replies.filter((r) => r.status === 201).length;
    expect(ok).toBe(Math.floor(50_000 / 700)); // 71 fit, the rest are refused
    expect(
      replies.filter(
        (r) => r.status === 409 && (r.body as { code: string }).code === 'insufficient_funds',
      ),
    ).toHaveLength(100 - ok);
    expect(await balance(w.a)).toBe(50_000 - ok * 700);
    expect(await balance(w.b)).toBe(ok * 700);
    const totalAfter = await kysely
      .selectFrom('ledger_accounts')
      .select((eb) => eb.fn.sum<number>('balance').as('t'))
      .executeTakeFirstOrThrow();
    expect(Number(totalAfter.t)).toBe(Number(totalBefore.t));
    expect(await ledgerViolations(kysely)).toEqual([]);
  });

  it('a different body under a used key is refused, and moves nothing', async () => {
    const w = await world({ balance: 10_000 });
    const first = await run(w.owner.id, 'k', 'transfer A', (tx) =>
      mapOp(transfer(tx, w.owner, w.a, w.contactId, 100, pg), (r) => ({
        status: 201,
        body: r.transfer,
        transactionId: r.transactionId,
      })),
    );
    expect(first.status).toBe(201);
    await expect(
      run(w.owner.id, 'k', 'transfer B', (tx) =>
        mapOp(transfer(tx, w.owner, w.a, w.contactId, 200, pg), (r) => ({
          status: 201,
          body: r.transfer,
          transactionId: r.transactionId,
        })),
      ),
    ).rejects.toMatchObject({ code: 'idempotency_key_reused' });
    expect(await balance(w.a)).toBe(9_900);
  });
});
