import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Client } from './client';
import { tableCounts } from './tables';

// Fuzz over every wallet endpoint: hostile amounts, currencies, strings, ids. Always a 4xx
// problem+json, never a 5xx, never a partial write. Only two tables may grow: the audit log
// (every refusal is recorded) and the idempotency keys (a refusal of a valid request is a
// result, replayed for that key like any other).

const badAmounts = [
  -1,
  0,
  0.5,
  1.005,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  '100',
  '1e3',
  null,
  true,
  [],
  {},
  'NaN',
];
const badStrings = [
  '',
  'x'.repeat(100 * 1024),
  "' OR 1=1 --",
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '\u202e\ud83d\ude00',
  '../../etc/passwd',
  'acc_elder',
];

const hostile = fc.oneof(
  fc.constantFrom<unknown>(...badAmounts, ...badStrings),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 2 }),
);

function expectRefused(
  r: { status: number; type: string; json: Record<string, unknown> },
  label: string,
) {
  expect(r.status, `${label}: ${JSON.stringify(r.json).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(r.status, label).toBeLessThan(500);
  expect(r.type, label).toMatch(/^application\/problem\+json/);
  expect(JSON.stringify(r.json), label).not.toMatch(/SQLITE|syntax error|at \S+\.(js|ts):\d+/i);
}

describe('fuzzing the wallet endpoints', () => {
  it('refuses hostile bodies, params and query strings with 4xx problem+json and writes nothing', async () => {
    const c = new Client();
    await c.req('POST', '/demo/session', {
      persona: 'citizen',
      n: 900_000 + Math.floor(Math.random() * 90_000),
    });
    const acc = (await c.req('GET', '/me')).json.accounts[0].id as string;
    const contact = (await c.req('GET', `/accounts/${acc}/contacts`)).json.contacts[0].id as string;
    const bill = (await c.req('GET', `/accounts/${acc}/bills?status=due`)).json.bills[0]
      .id as string;
    const before = await tableCounts(['access_log', 'idempotency_keys']);
    const k = () => ({ 'idempotency-key': randomUUID() });

    for (const amount of badAmounts) {
      expectRefused(
        await c.req(
          'POST',
          `/accounts/${acc}/transfers`,
          { toContactId: contact, amount: { amount, currency: 'CNY' } },
          k(),
        ),
        `amount ${String(amount)}`,
      );
      expectRefused(
        await c.req(
          'POST',
          `/accounts/${acc}/top-ups`,
          { amount: { amount, currency: 'CNY' } },
          k(),
        ),
        `top-up ${String(amount)}`,
      );
    }
    for (const currency of ['USD', 'cny', '', 'CNY ', null]) {
      expectRefused(
        await c.req(
          'POST',
          `/accounts/${acc}/transfers`,
          { toContactId: contact, amount: { amount: 100, currency } },
          k(),
        ),
        `currency ${currency}`,
      );
    }
    for (const s of badStrings) {
      const id = encodeURIComponent(s.slice(0, 2000)) || '%20'; // an empty segment is a // that Next redirects
      expectRefused(
        await c.req(
          'POST',
          `/accounts/${acc}/transfers`,
          { toContactId: s, amount: { amount: 100, currency: 'CNY' } },
          k(),
        ),
        `contact ${s.slice(0, 20)}`,
      );
      expectRefused(
        await c.req('POST', `/accounts/${id}/bills/${bill}/payments`, undefined, k()),
        `account ${s.slice(0, 20)}`,
      );
      expectRefused(
        await c.req('POST', `/accounts/${acc}/bills/${id}/payments`, undefined, k()),
        `bill ${s.slice(0, 20)}`,
      );
      expectRefused(
        await c.req('POST', `/accounts/${acc}/bills/scan`, { code: s }),
        `scan ${s.slice(0, 20)}`,
      );
      expectRefused(
        await c.req('POST', `/accounts/${acc}/bill-accounts`, {
          billType: 'water',
          customerNumber: s,
        }),
        `customer ${s.slice(0, 20)}`,
      );
      expectRefused(
        await c.req('GET', `/accounts/${acc}/transactions?month=${id}`),
        `month ${s.slice(0, 20)}`,
      );
      const verify = await c.req('POST', '/receipts/verify', {
        payload: s || '{}',
        signature: s || 'x',
      });
      if (verify.status === 200) expect(verify.json).toEqual({ valid: false });
      else expectRefused(verify, `verify ${s.slice(0, 20)}`);
    }
    // Other people's ids: the elder's account, her bills and contacts, through this citizen.
    expectRefused(
      await c.req('POST', '/accounts/acc_elder/bills/bil_acc_elder_0/payments', undefined, k()),
      'elder bill',
    );
    expectRefused(
      await c.req('POST', `/accounts/${acc}/bills/bil_acc_elder_0/payments`, undefined, k()),
      'elder bill under own account',
    );
    expectRefused(
      await c.req(
        'POST',
        `/accounts/${acc}/transfers`,
        { toContactId: 'con_elder_daughter', amount: { amount: 100, currency: 'CNY' } },
        k(),
      ),
      'elder contact',
    );
    expectRefused(
      await c.req(
        'POST',
        '/accounts/acc_elder/transfers',
        { toContactId: 'con_elder_daughter', amount: { amount: 100, currency: 'CNY' } },
        k(),
      ),
      'elder account',
    );

    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (amount, contactId) => {
        expectRefused(
          await c.req(
            'POST',
            `/accounts/${acc}/transfers`,
            { toContactId: contactId, amount: { amount, currency: 'CNY' } },
            k(),
          ),
          'random',
        );
      }),
      { numRuns: 80 },
    );
    expect(await tableCounts(['access_log', 'idempotency_keys'])).toEqual(before);
  });
});
