import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { payBill } from '@/server/bills/bills';
import { billForReview, billsToPay } from '@/server/bills/views';
import { receiptView } from '@/server/receipts/view';
import { freshUser } from './helpers';
import { mapOp, run, world } from './world';

/** An owner with two due bills, and a daughter who may pay them under a grant. */
async function household() {
  const w = await world({ balance: 100_000, bills: [12_850, 4_500] });
  const { kysely } = w.db;
  await kysely.updateTable('users').set({ role: 'family' }).where('id', '=', w.other.id).execute();
  await kysely
    .updateTable('contacts')
    .set({ relation: 'daughter' })
    .where('id', '=', w.contactId)
    .execute();
  await kysely
    .insertInto('grants')
    .values({
      id: `grt_t_${randomUUID()}`,
      account_id: w.a,
      grantee_id: w.other.id,
      scopes: JSON.stringify(['view', 'pay_bills']),
      monthly_limit: 50_000,
      created_at: new Date().toISOString(),
      revoked_at: null,
      expires_at: null,
    })
    .execute();
  const daughter = { id: w.other.id, steppedUpAt: new Date().toISOString() };
  return { ...w, daughter };
}

describe('what the bill pages show', () => {
  it('lists the daughter’s own bills first, then her mother’s, which she may pay', async () => {
    const h = await household();
    const groups = await billsToPay(h.daughter, 'en');
    expect(groups.map((g) => [g.accountId, g.relation, g.due.length])).toEqual([
      [h.b, 'own', 0],
      [h.a, 'granted', 2],
    ]);
    expect(groups[1]!.ownerName).toBe('Test');
  });

  it('tells who paid from the reader’s side, and links the paid bill to its receipt', async () => {
    const h = await household();
    const [billId] = h.billIds;
    const paid = await run(h.daughter.id, randomUUID(), 'pay', (tx) =>
      mapOp(payBill(tx, h.daughter, h.a, billId!, false), (r) => ({
        status: 201,
        body: r.payment,
        transactionId: r.transactionId,
      })),
    );
    const receiptId = (paid.body as { receiptId: string }).receiptId;
    expect((await receiptView(h.owner, receiptId, 'zh-CN')).by).toEqual({
      kind: 'family',
      name: '测试',
      relation: 'daughter',
    });
    expect((await receiptView(h.daughter, receiptId, 'en')).by).toEqual({
      kind: 'selfFor',
      owner: 'Test',
    });
    const [mine] = await billsToPay(h.owner, 'zh-CN');
    expect(mine!.paid.map((b) => [b.id, b.receiptId])).toEqual([[billId, receiptId]]);
    const review = await billForReview(h.daughter, billId!, 'zh-CN');
    expect(review).toMatchObject({ relation: 'granted', mayPay: true, receiptId });
    expect(review.bill.status).toBe('paid');
  });

  it('shows a stranger neither the bill nor the receipt', async () => {
    const h = await household();
    const stranger = await freshUser();
    await expect(billForReview(stranger, h.billIds[0]!, 'en')).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await billsToPay(stranger, 'en')).length).toBe(0);
  });
});
