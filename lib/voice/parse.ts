import type { ParseResult, VoiceLocale } from './types';

/**
 * Parses one utterance (a recognizer's transcript or typed text) into an intent and slots.
 * The same function serves the app and `npm run voice:parse`.
 */
export function parseUtterance(text: string, locale: VoiceLocale): ParseResult {
  void locale;
  const s = text.toLowerCase();
  if (/电费|電費|electric/.test(s))
    return { intent: 'pay_bill', slots: { billType: 'electricity' } };
  if (/^(对|對|好|yes|係|是)/.test(s)) return { intent: 'confirm', slots: {} };
  if (/不要|唔要|cancel|no\b/.test(s)) return { intent: 'cancel', slots: {} };
  return { intent: 'unknown', slots: {} };
}
