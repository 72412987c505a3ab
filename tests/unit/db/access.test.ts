import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accessibleAccounts } from '@/server/access/accounts';
import { getDb } from '@/server/db/client';
import { DEMO, seedDemo } from '@/server/demo/seed';
import { freshAccount, freshUser } from './helpers';

async function grant(
  accountId: string,
  granteeId: string,
  extra: { revoked?: boolean; expiresAt?: string } = {},
) {
  const { kysely } = await getDb();
  await kysely
    .insertInto('grants')
    .values({
      id: `grt_${randomUUID()}`,
      account_id: accountId,
      grantee_id: granteeId,
      scopes: JSON.stringify(['view', 'bogus']),
      monthly_limit: 1000,
      created_at: new Date().toISOString(),
      expires_at: extra.expiresAt ?? null,
      revoked_at: extra.revoked ? new Date().toISOString() : null,
    })
    .execute();
}

describe(`account access (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('gives owners every scope and grantees only live grants', async () => {
    const owner = await freshUser();
    const helper = await freshUser();
    const acc = await freshAccount(owner.id);
    expect(await accessibleAccounts(helper)).toEqual([]);
    await grant(acc, helper.id, { revoked: true });
    await grant(acc, helper.id, { expiresAt: '2001-01-01T00:00:00.000Z' });
    expect(await accessibleAccounts(helper)).toEqual([]);
    await grant(acc, helper.id);
    expect(await accessibleAccounts(helper)).toEqual([
      {
        accountId: acc,
        ownerId: owner.id,
        ownerName: '测试',
        relation: 'granted',
        scopes: ['view'],
        monthlyLimit: 1000,
      },
    ]);
    const own = await accessibleAccounts(owner);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      accountId: acc,
      relation: 'own',
      scopes: ['view', 'pay_bills', 'transfer', 'manage'],
    });
  });

  it('seeds the demo household once, with the daughter allowed to view and pay bills up to 500 yuan a month', async () => {
    const db = await getDb();
    await seedDemo(db);
    await seedDemo(db);
    const daughter = await accessibleAccounts({ id: DEMO.family.id });
    expect(daughter.map((a) => [a.accountId, a.relation])).toEqual([
      [DEMO.family.account, 'own'],
      [DEMO.elder.account, 'granted'],
    ]);
    expect(daughter[1]).toMatchObject({
      scopes: ['view', 'pay_bills'],
      monthlyLimit: 50_000,
      ownerName: '王秀英',
    });
    const elder = await db.kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', DEMO.elder.id)
      .executeTakeFirstOrThrow();
    expect(elder).toMatchObject({ name: '王秀英', locale: 'zh-CN', care_mode: 1 });
  });
});
