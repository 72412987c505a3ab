/** The amount a person types to send, as text, checked into integer fen. */

export type AmountProblem = 'empty' | 'zero' | 'format' | 'decimals' | 'over_balance';
export type AmountCheck = { ok: true; fen: number } | { ok: false; problem: AmountProblem };

/** Longest text the keypad writes: ten digits, a point and two decimals. */
export const MAX_AMOUNT_CHARS = 13;

/** Full-width digits and point (from a Chinese keyboard) become ASCII; spaces go. */
export function normalizeAmount(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.');
}

/** Checks typed yuan: digits with at most one point and two decimals, above 0, within the balance. */
export function checkAmount(text: string, balance: number): AmountCheck {
  const s = normalizeAmount(text);
  if (s === '') return { ok: false, problem: 'empty' };
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || s === '.') return { ok: false, problem: 'format' };
  const whole = m[1] ?? '';
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  if (whole.replace(/^0+/, '').length > 13) return { ok: false, problem: 'over_balance' };
  const fen = Number(whole || '0') * 100 + Number(decimals.padEnd(2, '0'));
  if (fen === 0) return { ok: false, problem: 'zero' };
  if (fen > balance) return { ok: false, problem: 'over_balance' };
  return { ok: true, fen };
}

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '.' | 'delete';

/** What the text becomes after one press on the on-screen keypad. */
export function pressKey(text: string, key: KeypadKey): string {
  const s = normalizeAmount(text);
  if (key === 'delete') return s.slice(0, -1);
  if (s.length >= MAX_AMOUNT_CHARS) return s;
  if (key === '.') return s.includes('.') ? s : `${s || '0'}.`;
  if (s === '0') return key;
  return s + key;
}

/** Fen as yuan digits with two decimals and no symbol, e.g. 10000 -> "100.00" (for "100.00 元"). */
export function yuanDigits(fen: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}
