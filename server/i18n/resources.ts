import 'server-only';
import enAuth from '@/locales/en/auth.json';
import enCommon from '@/locales/en/common.json';
import enErrors from '@/locales/en/errors.json';
import enHome from '@/locales/en/home.json';
import enSettings from '@/locales/en/settings.json';
import enReceipts from '@/locales/en/receipts.json';
import enBills from '@/locales/en/bills.json';
import enMoney from '@/locales/en/money.json';
import enSend from '@/locales/en/send.json';
import enFamily from '@/locales/en/family.json';
import enPaycode from '@/locales/en/paycode.json';
import enGlossary from '@/locales/en/glossary.json';
import enWallet from '@/locales/en/wallet.json';
import enVoice from '@/locales/en/voice.json';
import enFields from '@/locales/en/fields.json';
import cnAuth from '@/locales/zh-CN/auth.json';
import cnCommon from '@/locales/zh-CN/common.json';
import cnErrors from '@/locales/zh-CN/errors.json';
import cnHome from '@/locales/zh-CN/home.json';
import cnSettings from '@/locales/zh-CN/settings.json';
import cnReceipts from '@/locales/zh-CN/receipts.json';
import cnBills from '@/locales/zh-CN/bills.json';
import cnMoney from '@/locales/zh-CN/money.json';
import cnSend from '@/locales/zh-CN/send.json';
import cnFamily from '@/locales/zh-CN/family.json';
import cnPaycode from '@/locales/zh-CN/paycode.json';
import cnGlossary from '@/locales/zh-CN/glossary.json';
import cnWallet from '@/locales/zh-CN/wallet.json';
import cnVoice from '@/locales/zh-CN/voice.json';
import cnFields from '@/locales/zh-CN/fields.json';
import hkAuth from '@/locales/zh-HK/auth.json';
import hkCommon from '@/locales/zh-HK/common.json';
import hkErrors from '@/locales/zh-HK/errors.json';
import hkHome from '@/locales/zh-HK/home.json';
import hkSettings from '@/locales/zh-HK/settings.json';
import hkReceipts from '@/locales/zh-HK/receipts.json';
import hkBills from '@/locales/zh-HK/bills.json';
import hkMoney from '@/locales/zh-HK/money.json';
import hkSend from '@/locales/zh-HK/send.json';
import hkFamily from '@/locales/zh-HK/family.json';
import hkPaycode from '@/locales/zh-HK/paycode.json';
import hkGlossary from '@/locales/zh-HK/glossary.json';
import hkWallet from '@/locales/zh-HK/wallet.json';
import hkVoice from '@/locales/zh-HK/voice.json';
import hkFields from '@/locales/zh-HK/fields.json';
import twAuth from '@/locales/zh-TW/auth.json';
import twCommon from '@/locales/zh-TW/common.json';
import twErrors from '@/locales/zh-TW/errors.json';
import twHome from '@/locales/zh-TW/home.json';
import twSettings from '@/locales/zh-TW/settings.json';
import twReceipts from '@/locales/zh-TW/receipts.json';
import twBills from '@/locales/zh-TW/bills.json';
import twMoney from '@/locales/zh-TW/money.json';
import twSend from '@/locales/zh-TW/send.json';
import twFamily from '@/locales/zh-TW/family.json';
import twPaycode from '@/locales/zh-TW/paycode.json';
import twGlossary from '@/locales/zh-TW/glossary.json';
import twWallet from '@/locales/zh-TW/wallet.json';
import twVoice from '@/locales/zh-TW/voice.json';
import twFields from '@/locales/zh-TW/fields.json';
import type { Locale, Namespace } from '@/lib/i18n/config';

type Bundle = Record<Namespace, Record<string, unknown>>;

export const resources: Record<Locale, Bundle> = {
  'zh-CN': {
    common: cnCommon,
    auth: cnAuth,
    home: cnHome,
    settings: cnSettings,
    errors: cnErrors,
    wallet: cnWallet,
    receipts: cnReceipts,
    bills: cnBills,
    money: cnMoney,
    send: cnSend,
    family: cnFamily,
    paycode: cnPaycode,
    glossary: cnGlossary,
    voice: cnVoice,
    fields: cnFields,
  },
  'zh-TW': {
    common: twCommon,
    auth: twAuth,
    home: twHome,
    settings: twSettings,
    errors: twErrors,
    wallet: twWallet,
    receipts: twReceipts,
    bills: twBills,
    money: twMoney,
    send: twSend,
    family: twFamily,
    paycode: twPaycode,
    glossary: twGlossary,
    voice: twVoice,
    fields: twFields,
  },
  'zh-HK': {
    common: hkCommon,
    auth: hkAuth,
    home: hkHome,
    settings: hkSettings,
    errors: hkErrors,
    wallet: hkWallet,
    receipts: hkReceipts,
    bills: hkBills,
    money: hkMoney,
    send: hkSend,
    family: hkFamily,
    paycode: hkPaycode,
    glossary: hkGlossary,
    voice: hkVoice,
    fields: hkFields,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    settings: enSettings,
    errors: enErrors,
    wallet: enWallet,
    receipts: enReceipts,
    bills: enBills,
    money: enMoney,
    send: enSend,
    family: enFamily,
    paycode: enPaycode,
    glossary: enGlossary,
    voice: enVoice,
    fields: enFields,
  },
};

/** The slice of translations a client component tree needs, to keep page JavaScript small. */
export function pickResources(locale: Locale, ns: readonly Namespace[]) {
  return Object.fromEntries(ns.map((n) => [n, resources[locale][n]])) as Partial<Bundle>;
}

/**
 * What the voice assistant needs on every signed-in page: its own lines, the payment step's
 * words, and the few names it says from other areas (bill nouns, relations, glossary answers).
 */
export function voiceResources(locale: Locale) {
  const r = resources[locale];
  const pick = (ns: Namespace, ...keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, r[ns][k]]));
  return {
    voice: r.voice,
    common: r.common,
    bills: pick('bills', 'nouns', 'types'),
    wallet: pick('wallet', 'relations'),
    glossary: pick('glossary', 'terms'),
  };
}
