import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { BILLERS, billerById, billerName } from '@/server/bills/directory';
import { counterpartyName } from '@/server/receipts/names';
import type { ReceiptPayload } from '@/server/receipts/receipts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function receipt(
  kind: ReceiptPayload['kind'],
  counterparty: ReceiptPayload['counterparty'],
): ReceiptPayload {
  return {
    v: 1,
    id: 'rcp_test',
    transactionId: 'ltx_test',
    kind,
    accountId: 'acc_test',
    ownerName: '王秀英',
    ownerNameEn: 'Wang Xiuying',
    amount: 12_850,
    currency: 'CNY',
    counterparty,
    actor: { id: 'usr_test', name: '王秀英', nameEn: 'Wang Xiuying', relation: 'owner' },
    createdAt: '2026-11-26T08:00:00.000Z',
  };
}

describe('biller names in Traditional characters', () => {
  it('are the same names as the Simplified ones, character for character', () => {
    for (const b of BILLERS) {
      expect(b.nameZhHant).not.toBe(''); // every biller has one
      expect(toSimplified(b.nameZhHant), b.id).toBe(b.nameZh);
      expect([...b.nameZhHant]).toHaveLength([...b.nameZh].length);
    }
    // Not just copies: the Simplified forms are gone.
    expect(billerById('blr_state_grid')!.nameZhHant).toBe('國家電網');
    expect(billerById('blr_tax')!.nameZhHant).toBe('國家稅務局');
    // A place name a converter gets wrong (幸福裏) is written out right.
    expect(billerById('blr_property')!.nameZhHant).toBe('幸福里物業');
  });

  it('are what zh-TW and zh-HK readers see; zh-CN and en keep theirs', () => {
    const grid = billerById('blr_state_grid')!;
    expect(billerName(grid, 'zh-CN')).toBe('国家电网');
    expect(billerName(grid, 'zh-TW')).toBe('國家電網');
    expect(billerName(grid, 'zh-HK')).toBe('國家電網');
    expect(billerName(grid, 'en')).toBe('State Grid');
  });
});

describe('counterpartyName on a receipt', () => {
  const grid = receipt('bill_payment', {
    nameZh: '国家电网',
    nameEn: 'State Grid',
    billType: 'electricity',
  });

  it('gives a zh-TW or zh-HK reader the biller in Traditional characters', async () => {
    expect(await counterpartyName(grid, 'zh-TW')).toBe('國家電網');
    expect(await counterpartyName(grid, 'zh-HK')).toBe('國家電網');
    expect(await counterpartyName(grid, 'zh-CN')).toBe('国家电网');
    expect(await counterpartyName(grid, 'en')).toBe('State Grid');
  });

  it('converts a biller no longer in the directory', async () => {
    const gone = receipt('bill_payment', {
      nameZh: '北京燃气集团',
      nameEn: 'Beijing Gas Group',
      billType: 'gas',
    });
    expect(await counterpartyName(gone, 'zh-TW')).toBe('北京燃氣集團');
    expect(await counterpartyName(gone, 'zh-CN')).toBe('北京燃气集团');
  });

  it('leaves a person’s name as they wrote it', async () => {
    const sent = receipt('transfer', { nameZh: '于丽', nameEn: 'Yu Li', relation: 'friend' });
    expect(await counterpartyName(sent, 'zh-TW')).toBe('于丽');
  });
});
