import { describe, expect, it } from 'vitest';
import { demoBillerKeyPair } from '@/server/bills/biller-keys';
import { withCheckDigit } from '@/server/bills/network';
import { encodeBillQr } from '@/server/bills/qr';
import { Client, expectProblem } from './client';

async function citizen() {
  const c = new Client();
  await c.req('POST', '/demo/session', {
    persona: 'citizen',
    n: 700_000 + Math.floor(Math.random() * 100_000),
  });
  return { c, acc: (await c.req('GET', '/me')).json.accounts[0].id as string };
}

describe('bill accounts and payment codes', () => {
  it('saves a customer number once and shows what is due; a mistyped number is refused in plain words', async () => {
    const { c, acc } = await citizen();
    const number = withCheckDigit('44001234567');
    const saved = await c.req('POST', `/accounts/${acc}/bill-accounts`, {
      billType: 'heating',
      customerNumber: number,
    });
    expect(saved.status).toBe(201);
    expect(saved.json.billAccount).toMatchObject({ billType: 'heating', customerNumber: number });
    expect(saved.json.billAccount.bills).toHaveLength(1);
    const again = await c.req('POST', `/accounts/${acc}/bill-accounts`, {
      billType: 'heating',
      customerNumber: number,
    });
    expect(again.json.billAccount.bills.map((b: { id: string }) => b.id)).toEqual(
      saved.json.billAccount.bills.map((b: { id: string }) => b.id),
    );
    const typo = number.slice(0, -1) + ((Number(number.at(-1)) + 1) % 10);
    const wrong = await c.req(
      'POST',
      `/accounts/${acc}/bill-accounts`,
      { billType: 'heating', customerNumber: typo },
      { 'accept-language': 'en' },
    );
    expectProblem(wrong, 400, 'customer_number_invalid');
    expect(wrong.json.detail).toContain('City Heating');
  });

  it('reads a genuine tax notice code into a bill, and refuses an altered one', async () => {
    const { c, acc } = await citizen();
    const notice = {
      billerId: 'blr_tax',
      customerNumber: '91310000MA1',
      noticeNumber: 'TAX2026110001',
      amount: 15_600,
    };
    const code = encodeBillQr(notice, demoBillerKeyPair('blr_tax').privateKey);
    const scanned = await c.req('POST', `/accounts/${acc}/bills/scan`, { code });
    expect(scanned.status).toBe(200);
    expect(scanned.json.bill).toMatchObject({
      billType: 'tax',
      amount: { amount: 15_600, currency: 'CNY' },
      status: 'due',
      noticeNumber: 'TAX2026110001',
    });
    const altered = code.replace('a=15600', 'a=1560');
    const refused = await c.req(
      'POST',
      `/accounts/${acc}/bills/scan`,
      { code: altered },
      { 'accept-language': 'zh-CN' },
    );
    expectProblem(refused, 400, 'qr_invalid');
    expect(refused.json.title).toBe('这个二维码不能用');
    const forged = encodeBillQr(notice, demoBillerKeyPair('blr_city_water').privateKey);
    expectProblem(
      await c.req('POST', `/accounts/${acc}/bills/scan`, { code: forged }),
      400,
      'qr_invalid',
    );
    const paid = await c.req(
      'POST',
      `/accounts/${acc}/bills/${scanned.json.bill.id}/payments`,
      undefined,
      { 'idempotency-key': `tax-${acc}` },
    );
    expect(paid.status).toBe(201);
  });
});
