import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBillerKeyPair, publicKeyFromSpki } from '@/server/bills/biller-keys';
import { decodeBillQr, encodeBillQr, type BillNotice } from '@/server/bills/qr';
import { AppError } from '@/server/http/problem';

const billers = ['blr_water', 'blr_power', 'blr_social_insurance'];
const publicKeys = new Map(
  billers.map((id) => [id, publicKeyFromSpki(demoBillerKeyPair(id).publicKeySpki)]),
);
const lookup = (id: string): KeyObject | undefined => publicKeys.get(id);

const notice: BillNotice = {
  billerId: 'blr_water',
  customerNumber: 'WS-0012345',
  noticeNumber: '2025-06-000123',
  amount: 8650,
};
const valid = encodeBillQr(notice, demoBillerKeyPair('blr_water').privateKey);

function refusal(text: string, keyFor: typeof lookup = lookup): unknown {
  try {
    decodeBillQr(text, keyFor);
  } catch (err) {
    return err;
  }
  return undefined;
}

function expectRefused(text: string, keyFor: typeof lookup = lookup): void {
  const err = refusal(text, keyFor);
  expect(err, text).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('qr_invalid');
}

describe('bill payment QR code', () => {
  it('round-trips a signed notice', () => {
    expect(valid).toMatch(
      /^ANXINBILL:1\?b=blr_water&c=WS-0012345&n=2025-06-000123&a=8650&s=[\w-]{86}$/,
    );
    expect(decodeBillQr(valid, lookup)).toEqual(notice);
  });

  it('derives the same demo key every time, and stores it as base64url SPKI', () => {
    const a = demoBillerKeyPair('blr_power');
    expect(demoBillerKeyPair('blr_power').publicKeySpki).toBe(a.publicKeySpki);
    expect(a.publicKeySpki).not.toBe(demoBillerKeyPair('blr_water').publicKeySpki);
    expect(publicKeyFromSpki(a.publicKeySpki).asymmetricKeyType).toBe('ed25519');
  });

  it('refuses every single-character alteration', () => {
    const replacements = ['A', 'B', 'a', '0', '1', '-', '_', '&', '=', '?', ' ', '%', 'é', '中'];
    for (let i = 0; i < valid.length; i++) {
      for (const r of replacements) {
        if (r === valid[i]) continue;
        expectRefused(valid.slice(0, i) + r + valid.slice(i + 1));
      }
      expectRefused(valid.slice(0, i) + valid.slice(i + 1)); // deletion
    }
  });

  it('refuses an altered amount that re-uses the signature', () => {
    for (const a of ['8651', '865', '86500', '1', '9999999999']) {
      expectRefused(valid.replace('&a=8650&', `&a=${a}&`));
    }
  });

  it("refuses a code signed with another biller's key", () => {
    expectRefused(encodeBillQr(notice, demoBillerKeyPair('blr_power').privateKey));
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expectRefused(encodeBillQr(notice, stranger));
  });

  it('refuses an unknown biller, and a lookup that fails or gives a wrong key', () => {
    const unknown = { ...notice, billerId: 'blr_unknown' };
    expectRefused(encodeBillQr(unknown, demoBillerKeyPair('blr_unknown').privateKey));
    expectRefused(valid, () => {
      throw new Error('database down');
    });
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
    expectRefused(valid, () => ec);
    expectRefused(valid, () => demoBillerKeyPair('blr_water').privateKey);
  });

  it('refuses wrong shapes', () => {
    const sig = valid.slice(valid.indexOf('&s='));
    const body = valid.slice(0, valid.indexOf('&s='));
    const cases = [
      '',
      ' ' + valid,
      valid + '\n',
      valid + ' ',
      valid + '&',
      valid + '&x=1',
      valid + sig,
      valid.toLowerCase(),
      valid.replace('ANXINBILL:1?', 'ANXINBILL:2?'),
      valid.replace('ANXINBILL:1?', 'anxinbill:1?'),
      valid.replace('&c=WS-0012345', '&c=WS-0012345&c=WS-0012345'),
      valid.replace('&c=WS-0012345', ''),
      valid.replace('&c=WS-0012345&n=2025-06-000123', '&n=2025-06-000123&c=WS-0012345'),
      valid.replace('&a=8650', '&a=08650'),
      valid.replace('&a=8650', '&a=+8650'),
      valid.replace('&a=8650', '&a=8650.00'),
      body + sig + '==',
      body + '&s=' + 'A'.repeat(88),
      'A'.repeat(1_000_000),
      valid + 'A'.repeat(10_000_000),
    ];
    for (const text of cases) expectRefused(text);
  });

  it('bounds the amount to 1..9_999_999_999 fen', () => {
    const key = demoBillerKeyPair('blr_water').privateKey;
    const max = { ...notice, amount: 99_999_999_99 };
    expect(decodeBillQr(encodeBillQr(max, key), lookup)).toEqual(max);
    expect(() => encodeBillQr({ ...notice, amount: 0 }, key)).toThrow(TypeError);
    expect(() => encodeBillQr({ ...notice, amount: 10_000_000_000 }, key)).toThrow(TypeError);
    expectRefused(valid.replace('&a=8650', '&a=0'));
    expectRefused(valid.replace('&a=8650', '&a=10000000000'));
  });

  const noticeArb = fc.record({
    billerId: fc.constantFrom(...billers),
    customerNumber: fc.stringMatching(/^[0-9A-Za-z-]{4,32}$/),
    noticeNumber: fc.stringMatching(/^[0-9A-Za-z-]{4,40}$/),
    amount: fc.integer({ min: 1, max: 99_999_999_99 }),
  });
  const signedArb = noticeArb.map((n) => encodeBillQr(n, demoBillerKeyPair(n.billerId).privateKey));
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

  it('on any string, either refuses with qr_invalid or returns a notice that re-encodes to it', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc.string({ unit: 'binary', maxLength: 600 }), // full Unicode (fullUnicodeString in v3)
      fc.string({ unit: codeUnit, maxLength: 600 }), // lone surrogates too
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => `ANXINBILL:1?${s}`),
      signedArb,
      fc
        .tuple(signedArb, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 }), fc.nat(3))
        .map(
          ([t, at, ins, del]) => t.slice(0, at % t.length) + ins + t.slice((at % t.length) + del),
        ),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        let decoded: BillNotice;
        try {
          decoded = decodeBillQr(text, lookup);
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('qr_invalid');
          return;
        }
        const key = demoBillerKeyPair(decoded.billerId).privateKey;
        expect(encodeBillQr(decoded, key)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
