import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountsIHelpWith, grantsOnMyAccounts } from '@/server/access/grants';
import { payBill } from '@/server/bills/bills';
import { getDb } from '@/server/db/client';
import { mapOp, run, world } from './world';

const pg = Boolean(process.env.DATABASE_URL);

async function grant(accountId: string, granteeId: string, extra: { revoked?: boolean } = {}) {
  const { kysely } = await getDb();
  await kysely
    .insertInto('grants')
    .values({
      id: `grt_${randomUUID()}`,
      account_id: accountId,
      grantee_id: granteeId,
      scopes: JSON.stringify(['view', 'pay_bills']),
      monthly_limit: 50_000,
      created_at: new Date().toISOString(),
      expires_at: null,
      revoked_at: extra.revoked ? new Date().toISOString() : null,
    })
    .execute();
}

describe(`family help (${pg ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('shows the owner who may help, how, and what they used this month; and the helper the reverse', async () => {
    const w = await world({ balance: 100_000, bills: [12_850] });
    const { kysely } = await getDb();
    // The owner saved the helper as "daughter"; the helper saved the owner as "mother".
    await kysely
      .updateTable('contacts')
      .set({ relation: 'daughter' })
      .where('id', '=', w.contactId)
      .execute();
    await kysely
      .insertInto('contacts')
      .values({
        id: `con_t_${randomUUID()}`,
        account_id: w.b,
        payee_account_id: w.a,
        name: '测试',
        relation: 'mother',
        created_at: new Date().toISOString(),
      })
      .execute();
    const phone = `139${randomUUID().replace(/\D/g, '').padEnd(8, '0').slice(0, 8)}`;
    await kysely.updateTable('users').set({ phone }).where('id', '=', w.other.id).execute();
    await grant(w.a, w.other.id, { revoked: true });
    expect(await grantsOnMyAccounts(w.owner)).toEqual([]);
    await grant(w.a, w.other.id);
    const helper = { id: w.other.id, steppedUpAt: new Date().toISOString() };
    await run(w.other.id, `pay-${w.billIds[0]}`, `pay ${w.billIds[0]}`, (tx) =>
      mapOp(payBill(tx, helper, w.a, w.billIds[0]!, pg), (r) => ({
        status: 201,
        body: r.payment,
        transactionId: r.transactionId,
      })),
    );

    const helpers = await grantsOnMyAccounts(w.owner);
    expect(helpers).toHaveLength(1);
    expect(helpers[0]).toMatchObject({
      accountId: w.a,
      helper: { id: w.other.id, name: '测试', nameEn: 'Test', phone },
      relation: 'daughter',
      scopes: ['view', 'pay_bills'],
      monthlyLimit: 50_000,
      usedThisMonth: 12_850,
    });

    const helping = await accountsIHelpWith(w.other);
    expect(helping).toHaveLength(1);
    expect(helping[0]).toMatchObject({
      accountId: w.a,
      owner: { id: w.owner.id, name: '测试' },
      relation: 'mother',
      usedThisMonth: 12_850,
    });
    expect(helping[0]!.owner).not.toHaveProperty('phone');
    expect(await accountsIHelpWith(w.owner)).toEqual([]);
    expect(await grantsOnMyAccounts(w.other)).toEqual([]);
  });

  it('counts only this month (China time)', async () => {
    const w = await world({ balance: 0 });
    await grant(w.a, w.other.id);
    const nextMonth = new Date(Date.now() + 40 * 86_400_000);
    const [h] = await grantsOnMyAccounts(w.owner, nextMonth);
    expect(h).toMatchObject({ usedThisMonth: 0, relation: 'friend' });
  });
});
