import type { Locale } from './i18n/config';

// Dates as the wallet's users live them: in China time (Asia/Shanghai, UTC+8 all year),
// whatever the server's or the phone's own time zone.

export const CHINA_TIME_ZONE = 'Asia/Shanghai';
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The calendar day of an instant in China time, as YYYY-MM-DD. */
function chinaDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** This month in China time, as YYYY-MM. */
export function chinaMonth(now = new Date()): string {
  return chinaDay(now).slice(0, 7);
}

/** A valid YYYY-MM from a query parameter, or undefined. */
export function parseMonth(value: unknown): string | undefined {
  return typeof value === 'string' && MONTH.test(value) ? value : undefined;
}

/** The month `by` months after (or before, when negative) a YYYY-MM month. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** "2025年6月" / "June 2025". */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/**
 * When something happened, in friendly parts: whether it was today or yesterday (China time),
 * the date with the weekday ("6月3日星期二" / "Tuesday, June 3"), and the time ("下午3:20").
 */
export function friendlyWhen(iso: string, locale: Locale, now = new Date()) {
  const at = new Date(iso);
  const day = chinaDay(at);
  const today = chinaDay(now);
  const yesterday = chinaDay(new Date(now.getTime() - 86_400_000));
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone: CHINA_TIME_ZONE,
    ...(sameYear ? {} : { year: 'numeric' }),
    month: 'long',
    day: 'numeric',
    weekday: 'long',
  }).format(at);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: CHINA_TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  }).format(at);
  return {
    relative:
      day === today ? ('today' as const) : day === yesterday ? ('yesterday' as const) : null,
    date,
    time,
  };
}
