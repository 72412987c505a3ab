import { createInstance } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import {
  initialState,
  step,
  type DialogueContext,
  type DialogueEvent,
  type DialogueState,
  type Effect,
  type Translate,
} from '@/lib/voice/dialogue';
import type { ParseResult } from '@/lib/voice/types';
import enBills from '@/locales/en/bills.json';
import enGlossary from '@/locales/en/glossary.json';
import enVoice from '@/locales/en/voice.json';
import enWallet from '@/locales/en/wallet.json';
import cnBills from '@/locales/zh-CN/bills.json';
import cnGlossary from '@/locales/zh-CN/glossary.json';
import cnVoice from '@/locales/zh-CN/voice.json';
import cnWallet from '@/locales/zh-CN/wallet.json';
import hkBills from '@/locales/zh-HK/bills.json';
import hkGlossary from '@/locales/zh-HK/glossary.json';
import hkVoice from '@/locales/zh-HK/voice.json';
import hkWallet from '@/locales/zh-HK/wallet.json';

const resources = {
  en: { voice: enVoice, bills: enBills, wallet: enWallet, glossary: enGlossary },
  'zh-CN': { voice: cnVoice, bills: cnBills, wallet: cnWallet, glossary: cnGlossary },
  'zh-HK': { voice: hkVoice, bills: hkBills, wallet: hkWallet, glossary: hkGlossary },
};

/** The dialogue's context with the real translations, as the assistant panel builds it. */
export function context(locale: 'en' | 'zh-CN' | 'zh-HK'): DialogueContext {
  const i18n = createInstance();
  void i18n.init({
    lng: locale,
    resources,
    fallbackLng: false,
    defaultNS: 'voice',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const tr = i18n.t.bind(i18n) as unknown as (k: string, o: object) => string;
  const t: Translate = (key, vars) => tr(key, { ns: 'voice', ...vars });
  return { locale: locale as Locale, t };
}

export const heard = (result: ParseResult, text = ''): DialogueEvent => ({
  type: 'heard',
  text,
  result,
});

export const bills = [
  { id: 'b1', billType: 'electricity', biller: 'State Grid', amount: 12_850 },
  { id: 'b2', billType: 'water', biller: 'City Water', amount: 4_500 },
  { id: 'b3', billType: 'gas', biller: 'City Gas', amount: 6_820 },
];
export const contacts = [
  { id: 'con_d', name: '李娜', relation: 'daughter' },
  { id: 'con_g', name: '李小明', relation: 'grandson' },
];

/** Runs events from the first state; returns every step, for looking at lines and effects. */
export function run(ctx: DialogueContext, events: DialogueEvent[], from?: DialogueState) {
  let state = from ?? initialState(ctx);
  const steps: { state: DialogueState; effects: Effect[] }[] = [];
  for (const e of events) {
    const s = step(state, e, ctx);
    steps.push(s);
    state = s.state;
  }
  return { state, steps, last: steps[steps.length - 1]! };
}
