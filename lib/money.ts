import type { Locale } from './i18n/config';

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
