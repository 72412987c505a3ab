import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountInWords } from '@/lib/money-words';
import { getDb } from '@/server/db/client';
import { perform } from '@/server/db/tx';
import { AppError } from '@/server/http/problem';
import { renderReceiptPdf } from '@/server/receipts/pdf';
import {
  issueReceipt,
  loadReceipt,
  verifyReceipt,
  type ReceiptPayload,
} from '@/server/receipts/receipts';
import {
  canonicalJson,
  ensureSigningKey,
  publicKeyPem,
  signPayload,
  verifyPayload,
} from '@/server/receipts/signing';
import { freshAccount, freshUser } from './db/helpers';

/** A user, wallet and ledger transaction for a receipt to point at (foreign keys). */
async function freshTransaction(amount = 12_850) {
  const { kysely } = await getDb();
  const owner = await freshUser();
  const accountId = await freshAccount(owner.id);
  const now = new Date().toISOString();
  await kysely
    .insertInto('ledger_accounts')
    .values({ id: accountId, kind: 'wallet', owner_id: owner.id, balance: 0, created_at: now })
    .execute();
  const transactionId = `ltx_t_${randomUUID()}`;
  await kysely
    .insertInto('ledger_transactions')
    .values({
      id: transactionId,
      kind: 'bill_payment',
      wallet_id: accountId,
      actor_id: owner.id,
      amount,
      memo: '{}',
      created_at: now,
    })
    .execute();
  return { owner, accountId, transactionId, now };
}

async function billPayment(amount = 12_850): Promise<Omit<ReceiptPayload, 'v' | 'id'>> {
  const t = await freshTransaction(amount);
  return {
    transactionId: t.transactionId,
    kind: 'bill_payment',
    accountId: t.accountId,
    ownerName: '王秀英',
    ownerNameEn: 'Wang Xiuying',
    amount,
    currency: 'CNY',
    counterparty: {
      nameZh: '国家电网',
      nameEn: 'State Grid',
      billType: 'electricity',
      customerNumber: '0012345678',
      noticeNumber: '2025-06-000123',
    },
    actor: { id: t.owner.id, name: '李娜', nameEn: 'Li Na', relation: 'family' },
    createdAt: t.now,
  };
}

async function issued(amount?: number) {
  const { kysely } = await getDb();
  const p = await billPayment(amount);
  const { id } = await kysely.transaction().execute((trx) => perform(trx, issueReceipt(trx, p)));
  return (await loadReceipt(kysely, id))!;
}

/** Every leaf of a JSON value, as a path of keys. */
function leaves(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, writes no whitespace and leaves out undefined', () => {
    const text = canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'é' }, u: undefined });
    expect(text).toBe('{"a":{"c":"é","d":[3,{"y":null,"z":true}]},"b":1}');
  });
  it('refuses what JSON cannot carry exactly', () => {
    for (const bad of [Number.NaN, Infinity, () => 1, new Date(), [undefined], 1n])
      expect(() => canonicalJson(bad)).toThrow(TypeError);
  });
});

describe('signing', () => {
  it('signs and verifies, and refuses another text, key or signature', async () => {
    const { kysely } = await getDb();
    const { signature, keyId } = await signPayload(kysely, '{"a":1}');
    expect(signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verifyPayload(kysely, '{"a":1}', signature, keyId)).toBe(true);
    expect(await verifyPayload(kysely, '{"a":2}', signature, keyId)).toBe(false);
    expect(await verifyPayload(kysely, '{"a":1}', signature, 'rk_none')).toBe(false);
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect(await verifyPayload(kysely, '{"a":1}', flipped, keyId)).toBe(false);
    // The same 64 bytes spelled with the last character's spare bits set.
    const last = signature.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = signature.slice(0, -1) + alphabet[alphabet.indexOf(last) | 1];
    if (respelled !== signature)
      expect(await verifyPayload(kysely, '{"a":1}', respelled, keyId)).toBe(false);
  });

  it('makes one key when several callers race for it, and publishes it as SPKI PEM', async () => {
    const { kysely } = await getDb();
    const rows = await Promise.all([1, 2, 3, 4].map(() => ensureSigningKey(kysely)));
    expect(new Set(rows.map((r) => r.public_key)).size).toBe(1);
    expect(await publicKeyPem(kysely)).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  });

  it('does not keep using a key made in a transaction that rolled back', async () => {
    const { kysely } = await getDb();
    let doomed = { pem: '', signature: '' };
    await expect(
      kysely.transaction().execute(async (trx) => {
        await trx.deleteFrom('signing_keys').execute();
        doomed = {
          pem: await publicKeyPem(trx),
          signature: (await signPayload(trx, 'x')).signature,
        };
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await publicKeyPem(kysely)).not.toBe(doomed.pem);
    expect(await verifyPayload(kysely, 'x', doomed.signature)).toBe(false);
    const again = await signPayload(kysely, 'x');
    expect(await verifyPayload(kysely, 'x', again.signature)).toBe(true);
  });
});

describe('receipts', () => {
  it('are issued inside the caller’s transaction, loaded back and verified', async () => {
    const r = await issued();
    expect(r.payload.id).toMatch(/^rcp_[0-9A-HJKMNP-TV-Z]{9}[A-Za-z0-9_-]{16}$/);
    expect(r.payload).toMatchObject({ v: 1, amount: 12_850, kind: 'bill_payment' });
    expect(r.canonical).toBe(canonicalJson(r.payload));
    const { kysely } = await getDb();
    expect(await verifyReceipt(kysely, r.canonical, r.signature)).toEqual({
      valid: true,
      payload: r.payload,
    });
  });

  it('are not stored when the caller’s transaction rolls back', async () => {
    const { kysely } = await getDb();
    const p = await billPayment();
    let id = '';
    await expect(
      kysely.transaction().execute(async (trx) => {
        id = (await perform(trx, issueReceipt(trx, p))).id;
        throw new Error('roll back');
      }),
    ).rejects.toThrow();
    expect(id).not.toBe('');
    expect(await loadReceipt(kysely, id)).toBeUndefined();
  });

  it('turn invalid when any one field changes', async () => {
    const r = await issued();
    const { kysely } = await getDb();
    for (const path of leaves(r.payload)) {
      const changed = structuredClone(r.payload) as unknown as Record<string, unknown>;
      let node = changed;
      for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
      const leaf = path.at(-1)!;
      const old = node[leaf];
      node[leaf] = typeof old === 'number' ? old + 1 : `${String(old)}1`;
      const result = await verifyReceipt(kysely, canonicalJson(changed), r.signature);
      expect(result, path.join('.')).toEqual({ valid: false });
    }
    // The same data, not in canonical form.
    const pretty = JSON.stringify(JSON.parse(r.canonical), null, 1);
    expect((await verifyReceipt(kysely, pretty, r.signature)).valid).toBe(false);
  });

  it('refuse another receipt’s signature, and garbage, without throwing', async () => {
    const [a, b] = [await issued(), await issued(500)];
    const { kysely } = await getDb();
    expect(await verifyReceipt(kysely, a.canonical, b.signature)).toEqual({ valid: false });
    const junk: unknown[] = [
      '',
      'null',
      '{',
      '[]',
      '"rcp"',
      'x'.repeat(100_000),
      undefined,
      42,
      {},
    ];
    for (const bad of junk) {
      expect(await verifyReceipt(kysely, bad as string, a.signature)).toEqual({ valid: false });
      expect(await verifyReceipt(kysely, a.canonical, bad as string)).toEqual({ valid: false });
    }
  });

  it('refuses to load a stored receipt that was changed behind our back', async () => {
    const r = await issued();
    const { kysely } = await getDb();
    const tampered = r.canonical.replace('"amount":12850', '"amount":1285');
    await kysely
      .updateTable('receipts')
      .set({ payload: tampered })
      .where('id', '=', r.payload.id)
      .execute();
    const err = await loadReceipt(kysely, r.payload.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('receipt_invalid');
    expect(await loadReceipt(kysely, 'rcp_none')).toBeUndefined();
  });
});

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('renderReceiptPdf', () => {
  const billerIn = {
    'zh-CN': '国家电网',
    'zh-TW': '國家電網',
    'zh-HK': '國家電網',
    en: 'State Grid',
  };
  for (const locale of ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const) {
    it(`gives a one-page PDF in ${locale} with the amount in words`, async () => {
      const r = await issued();
      const pdf = await renderReceiptPdf(r, locale);
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeLessThan(300_000);
      const raw = Buffer.from(pdf).toString('latin1');
      expect(raw).toMatch(/\/FontFile3/); // a subset of the CJK font is embedded
      expect(raw.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
      if (!hasPdftotext) return;
      const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout;
      expect(text.replace(/\s+/g, ' ')).toContain(amountInWords(12_850, locale));
      expect(text).toContain('¥128.50');
      expect(text).toContain(r.payload.id);
      expect(text).toContain(billerIn[locale]); // Traditional for zh-TW and zh-HK readers
      // The attachment is the body the verify endpoint takes.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'rcp-'));
      writeFileSync(path.join(dir, 'r.pdf'), pdf);
      spawnSync('pdfdetach', ['-saveall', '-o', dir, path.join(dir, 'r.pdf')]);
      const attached = JSON.parse(readFileSync(path.join(dir, `${r.payload.id}.json`), 'utf8'));
      expect(attached).toEqual({ payload: r.canonical, signature: r.signature });
      rmSync(dir, { recursive: true });
    });
  }

  it('falls back to Latin fonts for English without a CJK font, and says why for Chinese', async () => {
    const r = await issued();
    const pdf = await renderReceiptPdf(r, 'en', { fontPath: '/nonexistent/font.ttc' });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    await expect(
      renderReceiptPdf(r, 'zh-CN', { fontPath: '/nonexistent/font.ttc' }),
    ).rejects.toThrow(/CJK font/);
  });
});
