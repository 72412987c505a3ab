import 'server-only';
import type { Db } from '../db/client';
import { inTransaction, perform, type Tx } from '../db/tx';
import { hashPin } from '../auth/pin';
import { ensureBillers } from '../bills/directory';
import { withCheckDigit } from '../bills/network';
import { BANK_ACCOUNT, ensureLedgerAccount, post } from '../ledger/ledger';

/** The demo household of the API contract. Ids are fixed so tests and docs can name them. */
export const DEMO = {
  household: 'hh_wang',
  elder: { id: 'usr_elder', account: 'acc_elder', phone: '13800138001', pin: '135790' },
  family: { id: 'usr_family', account: 'acc_family', phone: '13800138002', pin: '246802' },
  volunteer: { id: 'usr_volunteer', phone: '13800138003', pin: '975310' },
  grandson: { id: 'usr_grandson', account: 'acc_grandson' },
  payee: { id: 'usr_demo_payee', account: 'acc_demo_payee' },
  startingBalance: 300_000,
} as const;

export type Persona = 'elder' | 'family' | 'volunteer';

const A_YEAR_AGO = () => new Date(Date.now() - 365 * 86_400_000).toISOString();

/** The elder's due bills: the amounts a real household sees, in fen. */
const ELDER_BILLS = [
  { biller: 'blr_state_grid', customer: withCheckDigit('3301200456'), amount: 12_850 },
  { biller: 'blr_city_water', customer: withCheckDigit('5500871234'), amount: 4_500 },
  { biller: 'blr_city_gas', customer: withCheckDigit('7712003344'), amount: 6_820 },
  { biller: 'blr_china_mobile', customer: withCheckDigit('1380013800'), amount: 10_000 },
  { biller: 'blr_property', customer: withCheckDigit('0801150302'), amount: 32_000 },
] as const;

async function user(
  tx: Tx,
  u: {
    id: string;
    name: string;
    nameEn: string;
    role: 'elder' | 'family' | 'volunteer' | 'citizen';
    locale?: string | null;
    care: boolean;
    phone?: string | null;
    household?: string | null;
  },
) {
  await tx
    .insertInto('users')
    .values({
      id: u.id,
      name: u.name,
      name_en: u.nameEn,
      role: u.role,
      locale: u.locale ?? null,
      care_mode: u.care ? 1 : 0,
      phone: u.phone ?? null,
      household_id: u.household ?? null,
      created_at: A_YEAR_AGO(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

async function wallet(tx: Tx, id: string, ownerId: string, funded: boolean) {
  await tx
    .insertInto('accounts')
    .values({ id, owner_id: ownerId, kind: 'wallet', created_at: A_YEAR_AGO() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await perform(tx, ensureLedgerAccount(tx, id, 'wallet', ownerId));
  if (funded) {
    await perform(
      tx,
      post(tx, {
        kind: 'topup',
        walletId: id,
        actorId: ownerId,
        amount: DEMO.startingBalance,
        memo: { source: 'demo_bank' },
        postings: [
          { accountId: BANK_ACCOUNT, amount: -DEMO.startingBalance },
          { accountId: id, amount: DEMO.startingBalance },
        ],
      }),
    );
  }
}

async function dueBill(
  tx: Tx,
  accountId: string,
  billerId: string,
  customer: string,
  amount: number,
  n: string,
) {
  const now = new Date();
  const period = now.toISOString().slice(0, 7);
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15))
    .toISOString()
    .slice(0, 10);
  await tx
    .insertInto('bill_accounts')
    .values({
      id: `bac_${accountId}_${n}`,
      account_id: accountId,
      biller_id: billerId,
      customer_number: customer,
      created_at: A_YEAR_AGO(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await tx
    .insertInto('bills')
    .values({
      id: `bil_${accountId}_${n}`,
      account_id: accountId,
      biller_id: billerId,
      customer_number: customer,
      notice_number: `${period.replace('-', '')}${customer.slice(-6)}`,
      amount,
      period,
      due_date: due,
      status: 'due',
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function contact(
  tx: Tx,
  id: string,
  accountId: string,
  payee: string,
  name: string,
  relation: string,
) {
  await tx
    .insertInto('contacts')
    .values({
      id,
      account_id: accountId,
      payee_account_id: payee,
      name,
      relation,
      created_at: A_YEAR_AGO(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The parts every deployment has: the biller directory and the demo bank's ledger account. */
export async function seedSystem(db: Db): Promise<void> {
  await inTransaction(db, async (tx) => {
    await perform(tx, ensureLedgerAccount(tx, BANK_ACCOUNT, 'bank', null));
    await ensureBillers(tx);
  });
}

/** Creates the demo household if it is not there yet. Safe to call on every start. */
export async function seedDemo(db: Db): Promise<void> {
  await seedSystem(db);
  const exists = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('id', '=', DEMO.elder.id)
    .executeTakeFirst();
  if (exists) return;
  const [elderPin, familyPin, volunteerPin] = await Promise.all([
    hashPin(DEMO.elder.pin),
    hashPin(DEMO.family.pin),
    hashPin(DEMO.volunteer.pin),
  ]);
  await inTransaction(db, async (tx) => {
    await tx
      .insertInto('households')
      .values({ id: DEMO.household, name: '王家', created_at: A_YEAR_AGO() })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await user(tx, {
      id: DEMO.elder.id,
      name: '王秀英',
      nameEn: 'Wang Xiuying',
      role: 'elder',
      locale: 'zh-CN',
      care: true,
      phone: DEMO.elder.phone,
      household: DEMO.household,
    });
    await user(tx, {
      id: DEMO.family.id,
      name: '李娜',
      nameEn: 'Li Na',
      role: 'family',
      care: false,
      phone: DEMO.family.phone,
      household: DEMO.household,
    });
    await user(tx, {
      id: DEMO.volunteer.id,
      name: '张老师',
      nameEn: 'Teacher Zhang',
      role: 'volunteer',
      care: false,
      phone: DEMO.volunteer.phone,
    });
    await user(tx, {
      id: DEMO.grandson.id,
      name: '李小明',
      nameEn: 'Li Xiaoming',
      role: 'family',
      care: false,
      household: DEMO.household,
    });
    await user(tx, {
      id: DEMO.payee.id,
      name: '陈明',
      nameEn: 'Chen Ming',
      role: 'citizen',
      care: false,
    });
    for (const [id, hash] of [
      [DEMO.elder.id, elderPin],
      [DEMO.family.id, familyPin],
      [DEMO.volunteer.id, volunteerPin],
    ] as const) {
      await tx
        .insertInto('pin_credentials')
        .values({
          user_id: id,
          hash,
          failed_count: 0,
          locked_until: null,
          updated_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await seedHousehold(tx);
  });
}

/** Wallets, balances, bills, contacts and the daughter's grant: what demo reset restores. */
async function seedHousehold(tx: Tx) {
  await wallet(tx, DEMO.elder.account, DEMO.elder.id, true);
  await wallet(tx, DEMO.family.account, DEMO.family.id, true);
  await wallet(tx, DEMO.grandson.account, DEMO.grandson.id, false);
  await wallet(tx, DEMO.payee.account, DEMO.payee.id, false);
  for (const [i, b] of ELDER_BILLS.entries())
    await dueBill(tx, DEMO.elder.account, b.biller, b.customer, b.amount, String(i));
  await contact(
    tx,
    'con_elder_daughter',
    DEMO.elder.account,
    DEMO.family.account,
    '李娜',
    'daughter',
  );
  await contact(
    tx,
    'con_elder_grandson',
    DEMO.elder.account,
    DEMO.grandson.account,
    '李小明',
    'grandson',
  );
  await contact(
    tx,
    'con_family_mother',
    DEMO.family.account,
    DEMO.elder.account,
    '王秀英',
    'mother',
  );
  await tx
    .insertInto('grants')
    .values({
      id: 'grt_daughter',
      account_id: DEMO.elder.account,
      grantee_id: DEMO.family.id,
      scopes: JSON.stringify(['view', 'pay_bills']),
      monthly_limit: 50_000,
      created_at: A_YEAR_AGO(),
      expires_at: null,
      revoked_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A throwaway demo citizen for load tests, created on first use with a funded wallet and due bills. */
export async function ensureCitizen(db: Db, n: number, careMode: boolean): Promise<string> {
  const id = `usr_citizen_${n}`;
  const acc = `acc_citizen_${n}`;
  await inTransaction(db, async (tx) => {
    const found = await tx.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
    if (found) {
      await tx
        .updateTable('users')
        .set({ care_mode: careMode ? 1 : 0 })
        .where('id', '=', id)
        .execute();
      return;
    }
    await user(tx, {
      id,
      name: `市民${n}`,
      nameEn: `Citizen ${n}`,
      role: 'citizen',
      care: careMode,
    });
    await wallet(tx, acc, id, true);
    for (const [i, b] of ELDER_BILLS.entries()) {
      await dueBill(
        tx,
        acc,
        b.biller,
        withCheckDigit(`9${String(n).padStart(8, '0')}${i}`),
        b.amount,
        String(i),
      );
    }
    // Each citizen's trusted friend has a wallet of their own, so load tests do not all
    // credit one row (which would serialize them on PostgreSQL).
    const friend = `usr_citizen_${n}_friend`;
    await user(tx, { id: friend, name: '陈明', nameEn: 'Chen Ming', role: 'citizen', care: false });
    await wallet(tx, `acc_citizen_${n}_friend`, friend, false);
    await contact(tx, `con_citizen_${n}`, acc, `acc_citizen_${n}_friend`, '陈明', 'friend');
  });
  return id;
}

/** Demo mode: restores the household to its seeded state. Demo data only, never real money. */
export async function resetDemo(db: Db): Promise<void> {
  const accounts = [DEMO.elder.account, DEMO.family.account, DEMO.grandson.account];
  await inTransaction(db, async (tx) => {
    const txIds = tx
      .selectFrom('ledger_transactions')
      .select('id')
      .where('wallet_id', 'in', accounts);
    const touched = new Set<string>(accounts);
    for (const e of await tx
      .selectFrom('ledger_entries')
      .select('ledger_account_id')
      .distinct()
      .where('transaction_id', 'in', txIds)
      .execute())
      touched.add(e.ledger_account_id);
    await tx.deleteFrom('receipts').where('transaction_id', 'in', txIds).execute();
    await tx.deleteFrom('payments').where('account_id', 'in', accounts).execute();
    await tx.deleteFrom('transfers').where('account_id', 'in', accounts).execute();
    await tx.deleteFrom('idempotency_keys').where('transaction_id', 'in', txIds).execute();
    await tx.deleteFrom('ledger_entries').where('transaction_id', 'in', txIds).execute();
    await tx.deleteFrom('ledger_transactions').where('wallet_id', 'in', accounts).execute();
    await tx.deleteFrom('bills').where('account_id', 'in', accounts).execute();
    await tx.deleteFrom('bill_accounts').where('account_id', 'in', accounts).execute();
    await tx.deleteFrom('contacts').where('account_id', 'in', accounts).execute();
    await tx.deleteFrom('grants').where('account_id', 'in', accounts).execute();
    // Balances follow from the entries that remain, so every invariant still holds.
    for (const lid of touched) {
      const sum = await tx
        .selectFrom('ledger_entries')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('s'))
        .where('ledger_account_id', '=', lid)
        .executeTakeFirstOrThrow();
      await tx
        .updateTable('ledger_accounts')
        .set({ balance: Number(sum.s) })
        .where('id', '=', lid)
        .execute();
    }
    await seedHousehold(tx);
  });
}
