import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, expectProblem } from './client';

const key = () => ({ 'idempotency-key': randomUUID() });
let n = 200_000 + Math.floor(Math.random() * 100_000);

/** A fresh demo citizen: ¥3,000.00, five due bills, one trusted contact. */
async function citizen() {
  const c = new Client();
  expect((await c.req('POST', '/demo/session', { persona: 'citizen', n: ++n })).status).toBe(200);
  const me = await c.req('GET', '/me');
  return { c, acc: me.json.accounts[0].id as string };
}

describe('wallet core over HTTP', () => {
  beforeAll(async () => {
    expect((await new Client().req('POST', '/demo/reset')).status).toBe(200);
  });

  it("shows the elder's balance, due bills in plain words, and contacts", async () => {
    const c = await Client.as('elder');
    const acc = await c.req('GET', '/accounts/acc_elder');
    expect(acc.json).toEqual({
      id: 'acc_elder',
      ownerName: '王秀英',
      balance: { amount: 300_000, currency: 'CNY' },
    });
    const bills = await c.req('GET', '/accounts/acc_elder/bills?status=due');
    expect(bills.json.bills.map((b: { billType: string }) => b.billType).sort()).toEqual([
      'electricity',
      'gas',
      'phone',
      'property',
      'water',
    ]);
    expect(
      bills.json.bills.find((b: { billType: string }) => b.billType === 'electricity'),
    ).toMatchObject({
      biller: '国家电网',
      amount: { amount: 12_850, currency: 'CNY' },
      status: 'due',
    });
    const contacts = await c.req('GET', '/accounts/acc_elder/contacts');
    expect(contacts.json.contacts.map((x: { relation: string }) => x.relation)).toEqual([
      'daughter',
      'grandson',
    ]);
    expectProblem(
      await c.req('GET', '/accounts/acc_elder/bills?status=overdue'),
      400,
      'validation_failed',
    );
  });

  it('pays a bill once: replay gives the same reply, another key gives 409', async () => {
    const { c, acc } = await citizen();
    const bill = (await c.req('GET', `/accounts/${acc}/bills?status=due`)).json.bills[0];
    const k = key();
    const first = await c.req('POST', `/accounts/${acc}/bills/${bill.id}/payments`, undefined, k);
    expect(first.status).toBe(201);
    expect(first.json.payment).toMatchObject({ status: 'completed', amount: bill.amount });
    const again = await c.req('POST', `/accounts/${acc}/bills/${bill.id}/payments`, undefined, k);
    expect([again.status, again.json]).toEqual([201, first.json]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expectProblem(
      await c.req('POST', `/accounts/${acc}/bills/${bill.id}/payments`, undefined, key()),
      409,
      'bill_already_paid',
    );
    const balance = (await c.req('GET', `/accounts/${acc}`)).json.balance.amount;
    expect(balance).toBe(300_000 - bill.amount.amount);
    const receipt = await c.req('GET', `/receipts/${first.json.payment.receiptId}`);
    expect(receipt.status).toBe(200);
  });

  it('transfers to a contact, never below zero, and refuses a reused key with another body', async () => {
    const { c, acc } = await citizen();
    const contact = (await c.req('GET', `/accounts/${acc}/contacts`)).json.contacts[0];
    const check = await c.req('POST', `/accounts/${acc}/payee-checks`, {
      toContactId: contact.id,
      name: '陈明',
    });
    expect(check.json.check).toMatchObject({ result: 'match', verifiedName: '陈明' });
    expect(
      (
        await c.req('POST', `/accounts/${acc}/payee-checks`, {
          toContactId: contact.id,
          name: '陈敏',
        })
      ).json.check.result,
    ).toBe('close_match');
    expect(
      (
        await c.req('POST', `/accounts/${acc}/payee-checks`, {
          toContactId: contact.id,
          name: '王伟',
        })
      ).json.check.result,
    ).toBe('no_match');
    const k = key();
    const sent = await c.req(
      'POST',
      `/accounts/${acc}/transfers`,
      { toContactId: contact.id, amount: { amount: 10_000, currency: 'CNY' } },
      k,
    );
    expect(sent.status).toBe(201);
    expectProblem(
      await c.req(
        'POST',
        `/accounts/${acc}/transfers`,
        { toContactId: contact.id, amount: { amount: 10_001, currency: 'CNY' } },
        k,
      ),
      422,
      'idempotency_key_reused',
    );
    expectProblem(
      await c.req(
        'POST',
        `/accounts/${acc}/transfers`,
        { toContactId: contact.id, amount: { amount: 20_001, currency: 'CNY' } },
        key(),
      ),
      403,
      'step_up_required', // above ¥200 a passkey or PIN comes first; demo citizens have neither
    );
    expect((await c.req('GET', `/accounts/${acc}`)).json.balance.amount).toBe(290_000);
  });

  it('requires a valid Idempotency-Key, checked after the body, and stores nothing for a bad request', async () => {
    const { c, acc } = await citizen();
    const contact = (await c.req('GET', `/accounts/${acc}/contacts`)).json.contacts[0];
    const body = { toContactId: contact.id, amount: { amount: 100, currency: 'CNY' } };
    expectProblem(
      await c.req('POST', `/accounts/${acc}/transfers`, body),
      400,
      'idempotency_key_missing',
    );
    expectProblem(
      await c.req('POST', `/accounts/${acc}/transfers`, body, { 'idempotency-key': '' }),
      400,
      'validation_failed',
    );
    expectProblem(
      await c.req('POST', `/accounts/${acc}/transfers`, body, {
        'idempotency-key': 'x'.repeat(256),
      }),
      400,
      'validation_failed',
    );
    const k = key();
    expectProblem(
      await c.req(
        'POST',
        `/accounts/${acc}/transfers`,
        { ...body, amount: { amount: 1.5, currency: 'CNY' } },
        k,
      ),
      400,
      'validation_failed',
    );
    // The key of the invalid request was not stored: it can be used for a valid one.
    expect((await c.req('POST', `/accounts/${acc}/transfers`, body, k)).status).toBe(201);
  });

  it('lets the daughter pay her mother’s bill within the grant, refuses transfers (403) and strangers (404)', async () => {
    const d = await Client.as('family');
    const bills = (await d.req('GET', '/accounts/acc_elder/bills?status=due')).json.bills;
    const water = bills.find((b: { billType: string }) => b.billType === 'water');
    const paid = await d.req(
      'POST',
      `/accounts/acc_elder/bills/${water.id}/payments`,
      undefined,
      key(),
    );
    expect(paid.status).toBe(201);
    const property = bills.find((b: { billType: string }) => b.billType === 'property');
    // ¥320.00 is above the step-up threshold: she confirms with her PIN first.
    expectProblem(
      await d.req('POST', `/accounts/acc_elder/bills/${property.id}/payments`, undefined, key()),
      403,
      'step_up_required',
    );
    expect((await d.req('POST', '/step-up', { pin: '246802' })).status).toBe(204);
    expect(
      (await d.req('POST', `/accounts/acc_elder/bills/${property.id}/payments`, undefined, key()))
        .status,
    ).toBe(201);
    // 45.00 + 320.00 used of 500.00: the 128.50 electricity bill still fits; the 100.00 phone bill then does not.
    const elec = bills.find((b: { billType: string }) => b.billType === 'electricity');
    expect(
      (await d.req('POST', `/accounts/acc_elder/bills/${elec.id}/payments`, undefined, key()))
        .status,
    ).toBe(201);
    const phone = bills.find((b: { billType: string }) => b.billType === 'phone');
    const over = await d.req(
      'POST',
      `/accounts/acc_elder/bills/${phone.id}/payments`,
      undefined,
      key(),
    );
    expectProblem(over, 403, 'grant_limit_reached');
    expect(over.json.remaining).toEqual({
      amount: 50_000 - 4_500 - 32_000 - 12_850,
      currency: 'CNY',
    });
    const contacts = (await d.req('GET', '/accounts/acc_elder/contacts')).json.contacts;
    expectProblem(
      await d.req(
        'POST',
        '/accounts/acc_elder/transfers',
        { toContactId: contacts[0].id, amount: { amount: 100, currency: 'CNY' } },
        key(),
      ),
      403,
      'grant_required',
    );
    const v = await Client.as('volunteer');
    expectProblem(await v.req('GET', '/accounts/acc_elder'), 404, 'not_found');
    expectProblem(
      await v.req('POST', `/accounts/acc_elder/bills/${phone.id}/payments`, undefined, key()),
      404,
      'not_found',
    );
    // The elder sees, in plain words, who paid.
    const elder = await Client.as('elder');
    const hist = await elder.req('GET', '/accounts/acc_elder/transactions', undefined, {
      'accept-language': 'en',
    });
    const paidWater = hist.json.transactions.find(
      (t: { description: string }) =>
        t.description.startsWith('水费') || t.description.includes('Water'),
    );
    expect(paidWater).toBeTruthy();
    expect(paidWater.actor).toMatchObject({ id: 'usr_family', relation: 'family' });
  });

  it('describes history in the reader’s language, newest first, filterable by month', async () => {
    const { c, acc } = await citizen();
    const bill = (await c.req('GET', `/accounts/${acc}/bills?status=due`)).json.bills.find(
      (b: { billType: string }) => b.billType === 'water',
    );
    await c.req('POST', `/accounts/${acc}/bills/${bill.id}/payments`, undefined, key());
    await c.req('PATCH', '/me/settings', { locale: 'en' });
    const hist = (await c.req('GET', `/accounts/${acc}/transactions`)).json.transactions;
    expect(hist[0]).toMatchObject({
      kind: 'bill_payment',
      direction: 'out',
      description: 'Water bill, 45.00 yuan',
      actor: { relation: 'owner' },
    });
    expect(hist[1]).toMatchObject({
      kind: 'topup',
      direction: 'in',
      amount: { amount: 300_000, currency: 'CNY' },
    });
    expect(
      (await c.req('GET', `/accounts/${acc}/transactions?month=2001-01`)).json.transactions,
    ).toEqual([]);
    expectProblem(
      await c.req('GET', `/accounts/${acc}/transactions?month=2026-13`),
      400,
      'validation_failed',
    );
  });

  it('gives a signed receipt that detects tampering, and a PDF in the reader’s language', async () => {
    const { c, acc } = await citizen();
    const bill = (await c.req('GET', `/accounts/${acc}/bills?status=due`)).json.bills[0];
    const paid = await c.req(
      'POST',
      `/accounts/${acc}/bills/${bill.id}/payments`,
      undefined,
      key(),
    );
    const id = paid.json.payment.receiptId;
    const r = await c.req('GET', `/receipts/${id}`);
    expect(r.json.receipt).toMatchObject({
      id,
      kind: 'bill_payment',
      amount: bill.amount.amount,
      actor: { relation: 'owner' },
    });
    const anyone = new Client();
    expect(
      (
        await anyone.req('POST', '/receipts/verify', {
          payload: r.json.payload,
          signature: r.json.signature,
        })
      ).json.valid,
    ).toBe(true);
    const forged = r.json.payload.replace(
      `"amount":${bill.amount.amount}`,
      `"amount":${bill.amount.amount + 100}`,
    );
    expect(forged).not.toBe(r.json.payload);
    expect(
      (
        await anyone.req('POST', '/receipts/verify', {
          payload: forged,
          signature: r.json.signature,
        })
      ).json,
    ).toEqual({ valid: false });
    expect((await c.req('GET', `/receipts/${id}/verify`)).json).toMatchObject({
      valid: true,
      receiptId: id,
    });
    const pdf = await fetch(`${(await import('./client')).base()}/api/v1/receipts/${id}/pdf`, {
      headers: { cookie: c.cookie, 'accept-language': 'en' },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expectProblem(await new Client().req('GET', `/receipts/${id}`), 401, 'unauthenticated');
    expectProblem(
      await (await Client.as('volunteer')).req('GET', `/receipts/${id}`),
      404,
      'not_found',
    );
  });

  it('moves more than ¥200 only after the person confirms with a PIN, and never below zero', async () => {
    const c = await Client.as('elder');
    const contacts = (await c.req('GET', '/accounts/acc_elder/contacts')).json.contacts;
    const send = (client: Client, amount: number) =>
      client.req(
        'POST',
        '/accounts/acc_elder/transfers',
        { toContactId: contacts[1].id, amount: { amount, currency: 'CNY' } },
        key(),
      );
    expectProblem(await send(c, 25_000), 403, 'step_up_required');
    expectProblem(await c.req('POST', '/step-up', { pin: '000000' }), 401, 'pin_wrong');
    expect((await c.req('POST', '/step-up/options')).json.methods).toContain('pin');
    expect((await c.req('POST', '/step-up', { pin: '135790' })).status).toBe(204);
    const before = (await c.req('GET', '/accounts/acc_elder')).json.balance.amount;
    expectProblem(await send(c, before + 1), 409, 'insufficient_funds');
    expect((await send(c, 25_000)).status).toBe(201);
    expect((await c.req('GET', '/accounts/acc_elder')).json.balance.amount).toBe(before - 25_000);
    // Another session has not confirmed anything.
    expectProblem(await send(await Client.as('elder'), 25_000), 403, 'step_up_required');
  });
});
