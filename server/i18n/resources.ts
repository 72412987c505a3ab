import 'server-only';
import enAuth from '@/locales/en/auth.json';
import enCommon from '@/locales/en/common.json';
import enErrors from '@/locales/en/errors.json';
import enHome from '@/locales/en/home.json';
import enSettings from '@/locales/en/settings.json';
import enReceipts from '@/locales/en/receipts.json';
import enWallet from '@/locales/en/wallet.json';
import cnAuth from '@/locales/zh-CN/auth.json';
import cnCommon from '@/locales/zh-CN/common.json';
import cnErrors from '@/locales/zh-CN/errors.json';
import cnHome from '@/locales/zh-CN/home.json';
import cnSettings from '@/locales/zh-CN/settings.json';
import cnReceipts from '@/locales/zh-CN/receipts.json';
import cnWallet from '@/locales/zh-CN/wallet.json';
import hkAuth from '@/locales/zh-HK/auth.json';
import hkCommon from '@/locales/zh-HK/common.json';
import hkErrors from '@/locales/zh-HK/errors.json';
import hkHome from '@/locales/zh-HK/home.json';
import hkSettings from '@/locales/zh-HK/settings.json';
import hkReceipts from '@/locales/zh-HK/receipts.json';
import hkWallet from '@/locales/zh-HK/wallet.json';
import twAuth from '@/locales/zh-TW/auth.json';
import twCommon from '@/locales/zh-TW/common.json';
import twErrors from '@/locales/zh-TW/errors.json';
import twHome from '@/locales/zh-TW/home.json';
import twSettings from '@/locales/zh-TW/settings.json';
import twReceipts from '@/locales/zh-TW/receipts.json';
import twWallet from '@/locales/zh-TW/wallet.json';
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
  },
  'zh-TW': {
    common: twCommon,
    auth: twAuth,
    home: twHome,
    settings: twSettings,
    errors: twErrors,
    wallet: twWallet,
    receipts: twReceipts,
  },
  'zh-HK': {
    common: hkCommon,
    auth: hkAuth,
    home: hkHome,
    settings: hkSettings,
    errors: hkErrors,
    wallet: hkWallet,
    receipts: hkReceipts,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    home: enHome,
    settings: enSettings,
    errors: enErrors,
    wallet: enWallet,
    receipts: enReceipts,
  },
};

/** The slice of translations a client component tree needs, to keep page JavaScript small. */
export function pickResources(locale: Locale, ns: readonly Namespace[]) {
  return Object.fromEntries(ns.map((n) => [n, resources[locale][n]])) as Partial<Bundle>;
}
