import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MAX_BALANCE } from '@/lib/money';
import { base, Client, expectProblem } from './client';

// The request edge (server/http/route.ts): what no database can store is refused before any
// query, on SQLite and PostgreSQL alike; a refusal names the fields in the reader's words; money
// requests need their key; amounts and balances stay far below the safe-integer limit.

const key = () => ({ 'idempotency-key': randomUUID() });
let n = 600_000 + Math.floor(Math.random() * 100_000);

/** A fresh demo citizen: ¥3,000.00 and one trusted contact. */
async function citizen(locale = 'zh-CN') {
  const c = new Client();
  const r = await c.req(
    'POST',
    '/demo/session',
    { persona: 'citizen', n: ++n },
    { 'accept-language': locale },
  );
  expect(r.status).toBe(200);
  const acc = (await c.req('GET', '/me')).json.accounts[0].id as string;
  const contact = (await c.req('GET', `/accounts/${acc}/contacts`)).json.contacts[0].id as string;
  const balance = async () => (await c.req('GET', `/accounts/${acc}`)).json.balance.amount;
  return { c, acc, contact, balance };
}

const yuan = (amount: number) => ({ amount: { amount, currency: 'CNY' } });

describe('strings the databases cannot store', () => {
  it('refuses a NUL in a JSON body with 400 validation_failed naming the field, moving nothing', async () => {
    const { c, acc, contact, balance } = await citizen();
    const r = await c.req(
      'POST',
      `/accounts/${acc}/transfers`,
      { toContactId: `${contact}\u0000`, ...yuan(100) },
      key(),
    );
    expectProblem(r, 400, 'validation_failed');
    expect(r.json.errors).toEqual([
      { path: 'toContactId', field: '收款人', message: expect.stringContaining('无法保存') },
    ]);
    expect(await balance()).toBe(300_000);
  });

  it('refuses lone surrogates in values and in keys, at any depth', async () => {
    const { c, acc, contact } = await citizen();
    for (const body of [
      `{"toContactId":"${contact}\\ud800","amount":{"amount":100,"currency":"CNY"}}`,
      `{"toContactId":"${contact}","amount":{"amount":100,"currency":"CNY","\\udfff":1}}`,
    ]) {
      const r = await c.req('POST', `/accounts/${acc}/transfers`, body, key());
      expectProblem(r, 400, 'validation_failed');
    }
    const settings = await c.req('PATCH', '/me/settings', '{"careMode":true,"\\u0000":1}');
    expectProblem(settings, 400, 'validation_failed');
  });

  it('refuses a NUL in a query string and in a path parameter with 400, not 404 or 500', async () => {
    const { c, acc } = await citizen();
    expectProblem(
      await c.req('GET', `/accounts/${acc}/bills?status=due%00`),
      400,
      'validation_failed',
    );
    const path = await c.req('GET', `/accounts/${acc}%00/bills`);
    expectProblem(path, 400, 'validation_failed');
    expect(path.json.errors[0]).toMatchObject({ path: 'accountId', field: '账户' });
    const receipt = await c.req('GET', '/receipts/%00');
    expectProblem(receipt, 400, 'validation_failed');
  });

  it('refuses a body that is not UTF-8 as malformed JSON instead of guessing', async () => {
    const { c } = await citizen();
    const res = await fetch(`${base()}/api/v1/me/settings`, {
      method: 'PATCH',
      headers: { cookie: c.cookie, origin: base(), 'content-type': 'application/json' },
      body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), // {"\xff\xfe":1}
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('malformed_json');
  });
});

describe('validation errors name the field in the reader’s words', () => {
  it('says 金额 and amount, not amount.amount', async () => {
    const zh = await citizen('zh-CN');
    const r = await zh.c.req(
      'POST',
      `/accounts/${zh.acc}/transfers`,
      { toContactId: zh.contact, amount: { amount: 1.5, currency: 'USD' } },
      key(),
    );
    expectProblem(r, 400, 'validation_failed');
    expect(r.json.detail).toBe('请检查这些内容：金额、币种');
    expect(r.json.detail).not.toMatch(/amount/);
    expect(r.json.errors.map((e: { path: string; field: string }) => [e.path, e.field])).toEqual([
      ['amount.amount', '金额'],
      ['amount.currency', '币种'],
    ]);

    const en = await citizen('en');
    await en.c.req('PATCH', '/me/settings', { locale: 'en' });
    const e = await en.c.req('POST', `/accounts/${en.acc}/transfers`, { amount: 5 }, key());
    expectProblem(e, 400, 'validation_failed');
    expect(e.json.detail).toBe('Please check: who receives the money, amount');
  });

  it('names the Idempotency-Key when it is malformed, and asks for it when it is missing', async () => {
    const { c, acc, contact, balance } = await citizen();
    const body = { toContactId: contact, ...yuan(100) };
    const missing = await c.req('POST', `/accounts/${acc}/transfers`, body);
    expectProblem(missing, 400, 'idempotency_key_missing');
    const bad = await c.req('POST', `/accounts/${acc}/transfers`, body, { 'idempotency-key': '' });
    expectProblem(bad, 400, 'validation_failed');
    expect(bad.json.detail).toContain('Idempotency-Key');
    expect(await balance()).toBe(300_000);
  });
});

describe('amount and balance caps', () => {
  it('refuses one request above ¥1,000,000.00 (and 2^53 fen) with amount_too_large, key not stored', async () => {
    const { c, acc, balance } = await citizen();
    const k = key();
    for (const amount of [MAX_AMOUNT + 1, 2 ** 53, 1e21]) {
      const r = await c.req('POST', `/accounts/${acc}/top-ups`, yuan(amount), k);
      expectProblem(r, 400, 'amount_too_large');
      expect(r.json.detail).toContain('¥1,000,000.00');
    }
    expect(await balance()).toBe(300_000);
    // The refused key was not stored: the same key serves a valid request.
    const ok = await c.req('POST', `/accounts/${acc}/top-ups`, yuan(MAX_AMOUNT), k);
    expect(ok.status).toBe(201);
    expect(await balance()).toBe(300_000 + MAX_AMOUNT);
  });

  it('fills a wallet to ¥10,000,000.00 exactly and refuses a fen more, moving nothing; pages still render', async () => {
    const { c, acc, contact, balance } = await citizen('en');
    await c.req('PATCH', '/me/settings', { locale: 'en' });
    for (let i = 0; i < 9; i++)
      expect(
        (await c.req('POST', `/accounts/${acc}/top-ups`, yuan(MAX_AMOUNT), key())).status,
      ).toBe(201);
    const room = MAX_BALANCE - (await balance());
    const over = await c.req('POST', `/accounts/${acc}/top-ups`, yuan(room + 1), key());
    expectProblem(over, 409, 'balance_limit_reached');
    expect(over.json.detail).toContain('¥10,000,000.00');
    expect(await balance()).toBe(MAX_BALANCE - room);
    expect((await c.req('POST', `/accounts/${acc}/top-ups`, yuan(room), key())).status).toBe(201);
    expect(await balance()).toBe(MAX_BALANCE);
    expectProblem(
      await c.req('POST', `/accounts/${acc}/top-ups`, yuan(1), key()),
      409,
      'balance_limit_reached',
    );
    // Money still leaves a full wallet.
    expect(
      (
        await c.req(
          'POST',
          `/accounts/${acc}/transfers`,
          { toContactId: contact, ...yuan(1) },
          key(),
        )
      ).status,
    ).toBe(201);
    for (const page of ['/', '/money']) {
      const res = await fetch(`${base()}${page}`, { headers: { cookie: c.cookie } });
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toContain('9,999,999.99');
    }
  });
});
