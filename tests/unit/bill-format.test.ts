import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, yuanDigits } from '@/lib/bill-format';

describe('bill dates and amounts in plain words', () => {
  it('writes a due day as people do', () => {
    expect(formatDay('2025-12-15', 'zh-CN')).toBe('12月15日');
    expect(formatDay('2025-12-15', 'zh-HK')).toBe('12月15日');
    expect(formatDay('2025-12-15', 'en')).toBe('15 Dec');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });

  it('gives the time of a payment in Beijing time', () => {
    expect(formatInstant('2025-12-01T06:05:00Z', 'zh-CN')).toBe('2025年12月1日 14:05');
    expect(formatInstant('2025-12-31T16:30:00Z', 'en')).toBe('1 Jan 2026, 00:30');
  });

  it('writes fen as yuan digits', () => {
    expect(yuanDigits(12_850)).toBe('128.50');
    expect(yuanDigits(5)).toBe('0.05');
    expect(yuanDigits(300_000)).toBe('3000.00');
    expect(() => yuanDigits(1.5)).toThrow(RangeError);
  });
});
