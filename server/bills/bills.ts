import 'server-only';
import { newId } from '../db/ids';
import type { Locale } from '@/lib/i18n/config';
import { authorize, type Actor, type Decision } from '../access/authorize';
import { assertSteppedUp } from '../access/step-up';
import type { Db } from '../db/client';
import type { BillsTable } from '../db/schema';
import { first, run } from '../db/op';
import { perform, type Tx } from '../db/tx';
import { AppError } from '../http/problem';
import { payOut } from '../ledger/pay-out';
import { BILLERS, billerById, billerName, type BillerInfo } from './directory';
import { demoBillerNetwork, type Biller } from './network';
import { decodeBillQr } from './qr';
import { publicKeyFromSpki } from './biller-keys';

let network: Biller = demoBillerNetwork;
/** Swap the biller network (tests, or a deployment's real adapters). */
export function useBillerNetwork(n: Biller) {
  network = n;
}

export function billDto(
  row: Pick<
    BillsTable,
    | 'id'
    | 'biller_id'
    | 'customer_number'
    | 'notice_number'
    | 'amount'
    | 'period'
    | 'due_date'
    | 'status'
  >,
  locale: Locale,
) {
  const biller = billerById(row.biller_id)!;
  return {
    id: row.id,
    billType: biller.billType,
    biller: billerName(biller, locale),
    billerId: biller.id,
    customerNumber: row.customer_number,
    noticeNumber: row.notice_number,
    period: row.period,
    amount: { amount: Number(row.amount), currency: 'CNY' as const },
    dueDate: row.due_date,
    status: row.status,
  };
}

export async function listBills(
  db: Db,
  actor: Actor,
  accountId: string,
  status: 'due' | 'paid' | undefined,
  locale: Locale,
) {
  await perform(db, authorize(db.kysely, actor, accountId, 'view'));
  let q = db.kysely.selectFrom('bills').selectAll().where('account_id', '=', accountId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('due_date').orderBy('id').execute();
  return rows.map((r) => billDto(r, locale));
}

async function issueDueBills(
  db: Tx,
  accountId: string,
  biller: BillerInfo,
  customerNumber: string,
) {
  for (const b of await network.dueBills(biller, customerNumber)) {
    await db
      .insertInto('bills')
      .values({
        id: newId('bil'),
        account_id: accountId,
        biller_id: biller.id,
        customer_number: customerNumber,
        notice_number: b.noticeNumber,
        amount: b.amount,
        period: b.period,
        due_date: b.dueDate,
        status: 'due',
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.columns(['account_id', 'biller_id', 'notice_number']).doNothing())
      .execute();
  }
}

/** Saves a bill account (户号) once and fetches what is due on it. */
export async function addBillAccount(
  db: Tx,
  actor: Actor,
  accountId: string,
  billerId: string,
  customerNumber: string,
  locale: Locale,
) {
  await perform(db, authorize(db, actor, accountId, 'pay_bills'));
  const biller = billerById(billerId);
  if (!biller) throw new AppError('not_found');
  if (!(await network.knows(biller, customerNumber))) {
    throw new AppError('customer_number_invalid', {
      biller: billerName(biller, locale),
    });
  }
  await db
    .insertInto('bill_accounts')
    .values({
      id: newId('bac'),
      account_id: accountId,
      biller_id: biller.id,
      customer_number: customerNumber,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['account_id', 'biller_id', 'customer_number']).doNothing())
    .execute();
  await issueDueBills(db, accountId, biller, customerNumber);
  const bills = await db
    .selectFrom('bills')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('biller_id', '=', biller.id)
    .where('customer_number', '=', customerNumber)
    .orderBy('due_date')
    .execute();
  return {
    billerId: biller.id,
    billType: biller.billType,
    customerNumber,
    bills: bills.map((b) => billDto(b, locale)),
  };
}

/** A scanned payment code: verified against the biller's public key, then shown as a bill. */
export async function billFromQr(
  db: Tx,
  actor: Actor,
  accountId: string,
  code: string,
  locale: Locale,
) {
  await perform(db, authorize(db, actor, accountId, 'pay_bills'));
  const keys = await db.selectFrom('billers').select(['id', 'public_key']).execute();
  const notice = decodeBillQr(code, (id) => {
    const k = keys.find((r) => r.id === id);
    return k ? publicKeyFromSpki(k.public_key) : undefined;
  });
  const biller = billerById(notice.billerId)!;
  const period = new Date().toISOString().slice(0, 7);
  await db
    .insertInto('bills')
    .values({
      id: newId('bil'),
      account_id: accountId,
      biller_id: biller.id,
      customer_number: notice.customerNumber,
      notice_number: notice.noticeNumber,
      amount: notice.amount,
      period,
      due_date: new Date().toISOString().slice(0, 10),
      status: 'due',
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['account_id', 'biller_id', 'notice_number']).doNothing())
    .execute();
  const row = await db
    .selectFrom('bills')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('biller_id', '=', biller.id)
    .where('notice_number', '=', notice.noticeNumber)
    .executeTakeFirstOrThrow();
  if (Number(row.amount) !== notice.amount) throw new AppError('qr_invalid');
  return billDto(row, locale);
}

/** Pays one bill in full, at most once, with a signed receipt. Runs inside the caller's transaction. */
export function* payBill(db: Tx, actor: Actor, accountId: string, billId: string, lock: boolean) {
  const bill = yield* first(
    db.selectFrom('bills').selectAll().where('id', '=', billId).where('account_id', '=', accountId),
  );
  const decision: Decision = yield* authorize(
    db,
    actor,
    accountId,
    'pay_bills',
    bill ? Number(bill.amount) : undefined,
    { lock },
  );
  if (!bill) throw new AppError('not_found');
  assertSteppedUp(actor, Number(bill.amount));
  const claimed = yield* run(
    db
      .updateTable('bills')
      .set({ status: 'paid' })
      .where('id', '=', bill.id)
      .where('status', '=', 'due'),
  );
  if (claimed !== 1) throw new AppError('bill_already_paid');
  const biller = billerById(bill.biller_id)!;
  const amount = Number(bill.amount);
  const out = yield* payOut(db, {
    kind: 'bill_payment',
    accountId,
    actor,
    decision,
    amount,
    payeeAccountId: biller.id,
    memo: {
      billType: biller.billType,
      billerId: biller.id,
      customerNumber: bill.customer_number,
      noticeNumber: bill.notice_number,
    },
    counterparty: {
      nameZh: biller.nameZh,
      nameEn: biller.nameEn,
      billType: biller.billType,
      customerNumber: bill.customer_number,
      noticeNumber: bill.notice_number,
    },
  });
  const paymentId = newId('pay');
  yield* run(
    db.insertInto('payments').values({
      id: paymentId,
      bill_id: bill.id,
      account_id: accountId,
      transaction_id: out.transactionId,
      amount,
      actor_id: actor.id,
      created_at: out.createdAt,
    }),
  );
  return {
    transactionId: out.transactionId,
    payment: {
      id: paymentId,
      billId: bill.id,
      status: 'completed' as const,
      amount: { amount, currency: 'CNY' as const },
      receiptId: out.receiptId,
    },
  };
}

export { BILLERS };
