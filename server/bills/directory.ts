import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { perform, type Tx } from '../db/tx';
import { ensureLedgerAccount } from '../ledger/ledger';
import { demoBillerKeyPair } from './biller-keys';

import type { BillType } from '@/lib/bill-types';

export { BILL_TYPES, type BillType } from '@/lib/bill-types';

export interface BillerInfo {
  id: string;
  billType: BillType;
  /** The name in Simplified characters (zh-CN). */
  nameZh: string;
  /**
   * The same name in Traditional characters, for zh-TW and zh-HK readers. Written out rather
   * than converted: these are proper names, and a converter gets some of them wrong (it turns
   * the place name 幸福里 into 幸福裏, and the surname 于 into 於).
   */
  nameZhHant: string;
  nameEn: string;
}

/** The biller directory: one biller per bill type of the voice contract. */
export const BILLERS: readonly BillerInfo[] = [
  {
    id: 'blr_state_grid',
    billType: 'electricity',
    nameZh: '国家电网',
    nameZhHant: '國家電網',
    nameEn: 'State Grid',
  },
  {
    id: 'blr_city_water',
    billType: 'water',
    nameZh: '市自来水公司',
    nameZhHant: '市自來水公司',
    nameEn: 'City Water',
  },
  {
    id: 'blr_city_gas',
    billType: 'gas',
    nameZh: '市燃气公司',
    nameZhHant: '市燃氣公司',
    nameEn: 'City Gas',
  },
  {
    id: 'blr_china_mobile',
    billType: 'phone',
    nameZh: '中国移动',
    nameZhHant: '中國移動',
    nameEn: 'China Mobile',
  },
  {
    id: 'blr_broadband',
    billType: 'broadband',
    nameZh: '中国电信宽带',
    nameZhHant: '中國電信寬帶',
    nameEn: 'China Telecom Broadband',
  },
  {
    id: 'blr_cable_tv',
    billType: 'tv',
    nameZh: '有线电视',
    nameZhHant: '有線電視',
    nameEn: 'Cable TV',
  },
  {
    id: 'blr_property',
    billType: 'property',
    nameZh: '幸福里物业',
    nameZhHant: '幸福里物業',
    nameEn: 'Xingfuli Property Services',
  },
  {
    id: 'blr_heating',
    billType: 'heating',
    nameZh: '市热力公司',
    nameZhHant: '市熱力公司',
    nameEn: 'City Heating',
  },
  {
    id: 'blr_tax',
    billType: 'tax',
    nameZh: '国家税务局',
    nameZhHant: '國家稅務局',
    nameEn: 'State Taxation Administration',
  },
  {
    id: 'blr_social_insurance',
    billType: 'social_insurance',
    nameZh: '社会保险事业管理中心',
    nameZhHant: '社會保險事業管理中心',
    nameEn: 'Social Insurance Centre',
  },
];

/** A biller's name as a reader of `locale` writes it. */
export function billerName(b: BillerInfo, locale: Locale): string {
  if (locale === 'en') return b.nameEn;
  return locale === 'zh-CN' ? b.nameZh : b.nameZhHant;
}

export function billerById(id: string): BillerInfo | undefined {
  return BILLERS.find((b) => b.id === id);
}

export function billerByType(type: string): BillerInfo | undefined {
  return BILLERS.find((b) => b.billType === type);
}

/** Writes the directory (and each biller's ledger account and public key) if missing. */
export async function ensureBillers(db: Tx): Promise<void> {
  for (const b of BILLERS) {
    await perform(db, ensureLedgerAccount(db, b.id, 'biller', null));
    await db
      .insertInto('billers')
      .values({
        id: b.id,
        bill_type: b.billType,
        name_zh: b.nameZh,
        name_en: b.nameEn,
        ledger_account_id: b.id,
        public_key: demoBillerKeyPair(b.id).publicKeySpki,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
