// The voice command contract (see docs): text in, one intent with its slots out.

export const VOICE_LOCALES = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;
export type VoiceLocale = (typeof VOICE_LOCALES)[number];

export const INTENTS = [
  'pay_bill',
  'check_bills',
  'check_balance',
  'history',
  'transfer',
  'show_pay_code',
  'scan_code',
  'vouchers',
  'family_help',
  'read_screen',
  'explain',
  'help',
  'lessons',
  'text_size',
  'go_home',
  'go_back',
  'confirm',
  'cancel',
  'repeat',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

import type { BillType } from '../bill-types';

export { BILL_TYPES } from '../bill-types';
export type VoiceBillType = BillType;

export const TERMS = [
  'verification_code',
  'payment_password',
  'bank_card_pin',
  'country_code',
  'pay_code',
  'qr_code',
  'balance',
  'voucher',
  'scam',
] as const;
export type Term = (typeof TERMS)[number];

export type Direction = 'larger' | 'smaller';

/** Slots that were not said are absent, never null. Amounts are integer minor units (fen/cents). */
export interface Slots {
  billType?: VoiceBillType;
  amount?: number;
  payee?: string;
  member?: string;
  term?: Term;
  direction?: Direction;
}

export interface ParseResult {
  intent: Intent;
  slots: Slots;
}
