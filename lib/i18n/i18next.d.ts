import type auth from '@/locales/zh-CN/auth.json';
import type common from '@/locales/zh-CN/common.json';
import type errors from '@/locales/zh-CN/errors.json';
import type home from '@/locales/zh-CN/home.json';
import type settings from '@/locales/zh-CN/settings.json';
import type receipts from '@/locales/zh-CN/receipts.json';
import type bills from '@/locales/zh-CN/bills.json';
import type money from '@/locales/zh-CN/money.json';
import type send from '@/locales/zh-CN/send.json';
import type family from '@/locales/zh-CN/family.json';
import type paycode from '@/locales/zh-CN/paycode.json';
import type glossary from '@/locales/zh-CN/glossary.json';
import type wallet from '@/locales/zh-CN/wallet.json';
import type voice from '@/locales/zh-CN/voice.json';
import type fields from '@/locales/zh-CN/fields.json';

// Keys are typed from the source locale (zh-CN); tests check every other locale has the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      auth: typeof auth;
      home: typeof home;
      settings: typeof settings;
      errors: typeof errors;
      wallet: typeof wallet;
      receipts: typeof receipts;
      bills: typeof bills;
      money: typeof money;
      send: typeof send;
      family: typeof family;
      paycode: typeof paycode;
      glossary: typeof glossary;
      voice: typeof voice;
      fields: typeof fields;
    };
  }
}
