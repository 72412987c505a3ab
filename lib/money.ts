import type { Locale } from './i18n/config';

/**
 * The most one request may move: ¥1,000,000.00 in fen. Far below Number.MAX_SAFE_INTEGER, so
 * sums of many amounts stay exact integers (ADR 012).
 */
export const MAX_AMOUNT = 100_000_000;

/** The most one wallet may hold: ¥10,000,000.00 in fen. */
export const MAX_BALANCE = 1_000_000_000;

/** Formats integer minor units (fen) as yuan for the locale, e.g. 50000 -> "¥500.00". */
export function formatMoney(minor: number, locale: Locale): string {
  if (!Number.isSafeInteger(minor))
    throw new RangeError('money must be an integer number of minor units');
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(minor / 100);
}
