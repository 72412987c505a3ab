import 'server-only';
import type { Db } from '../db/client';
import { hashPin } from '../auth/pin';

/** The demo household of the API contract. Ids are fixed so tests and docs can name them. */
export const DEMO = {
  household: 'hh_wang',
  elder: { id: 'usr_elder', account: 'acc_elder', phone: '13800138001', pin: '135790' },
  family: { id: 'usr_family', account: 'acc_family', phone: '13800138002', pin: '246802' },
  volunteer: { id: 'usr_volunteer', phone: '13800138003', pin: '975310' },
} as const;

export type Persona = 'elder' | 'family' | 'volunteer';

/** Creates the demo household if it is not there yet. Safe to call on every start. */
export async function seedDemo(db: Db): Promise<void> {
  const k = db.kysely;
  const exists = await k
    .selectFrom('users')
    .select('id')
    .where('id', '=', DEMO.elder.id)
    .executeTakeFirst();
  if (exists) return;
  const now = new Date().toISOString();
  const [elderPin, familyPin, volunteerPin] = await Promise.all([
    hashPin(DEMO.elder.pin),
    hashPin(DEMO.family.pin),
    hashPin(DEMO.volunteer.pin),
  ]);
  await k.transaction().execute(async (tx) => {
    await tx
      .insertInto('households')
      .values({ id: DEMO.household, name: '王家', created_at: now })
      .execute();
    await tx
      .insertInto('users')
      .values([
        {
          id: DEMO.elder.id,
          name: '王秀英',
          name_en: 'Wang Xiuying',
          role: 'elder',
          locale: 'zh-CN',
          care_mode: 1,
          phone: DEMO.elder.phone,
          household_id: DEMO.household,
          created_at: now,
        },
        {
          id: DEMO.family.id,
          name: '李娜',
          name_en: 'Li Na',
          role: 'family',
          locale: null,
          care_mode: 0,
          phone: DEMO.family.phone,
          household_id: DEMO.household,
          created_at: now,
        },
        {
          id: DEMO.volunteer.id,
          name: '张老师',
          name_en: 'Teacher Zhang',
          role: 'volunteer',
          locale: null,
          care_mode: 0,
          phone: DEMO.volunteer.phone,
          household_id: null,
          created_at: now,
        },
      ])
      .execute();
    await tx
      .insertInto('pin_credentials')
      .values([
        {
          user_id: DEMO.elder.id,
          hash: elderPin,
          failed_count: 0,
          locked_until: null,
          updated_at: now,
        },
        {
          user_id: DEMO.family.id,
          hash: familyPin,
          failed_count: 0,
          locked_until: null,
          updated_at: now,
        },
        {
          user_id: DEMO.volunteer.id,
          hash: volunteerPin,
          failed_count: 0,
          locked_until: null,
          updated_at: now,
        },
      ])
      .execute();
    await tx
      .insertInto('accounts')
      .values([
        { id: DEMO.elder.account, owner_id: DEMO.elder.id, kind: 'wallet', created_at: now },
        { id: DEMO.family.account, owner_id: DEMO.family.id, kind: 'wallet', created_at: now },
      ])
      .execute();
    await tx
      .insertInto('grants')
      .values({
        id: 'grt_daughter',
        account_id: DEMO.elder.account,
        grantee_id: DEMO.family.id,
        scopes: JSON.stringify(['view', 'pay_bills']),
        monthly_limit: 50_000,
        created_at: now,
        expires_at: null,
        revoked_at: null,
      })
      .execute();
  });
}

/** A throwaway demo citizen for load tests, created on first use. */
export async function ensureCitizen(db: Db, n: number, careMode: boolean): Promise<string> {
  const id = `usr_citizen_${n}`;
  const k = db.kysely;
  const now = new Date().toISOString();
  await k.transaction().execute(async (tx) => {
    const found = await tx.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    if (found) {
      await tx
        .updateTable('users')
        .set({ care_mode: careMode ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      return;
    }
    await tx
      .insertInto('users')
      .values({
        id,
        name: `市民${n}`,
        name_en: `Citizen ${n}`,
        role: 'citizen',
        locale: null,
        care_mode: careMode ? 1 : 0,
        phone: null,
        household_id: null,
        created_at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await tx
      .insertInto('accounts')
      .values({ id: `acc_citizen_${n}`, owner_id: id, kind: 'wallet', created_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  });
  return id;
}
