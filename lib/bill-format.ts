import type { Locale } from './i18n/config';

// Dates and plain amounts as the bill pages say them. Client-safe (no server imports).

/** A calendar day (YYYY-MM-DD) as people write it: "12月15日", "15 Dec". */
export function formatDay(isoDay: string, locale: Locale): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant in Beijing time, with the date and the time of day: "2025年12月1日 14:05". */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** Integer fen as plain yuan digits, without a symbol: 12850 -> "128.50". */
export function yuanDigits(minor: number): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError('money must be integer fen');
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
