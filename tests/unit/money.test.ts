import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/money';

describe('formatMoney', () => {
  it('formats minor units as yuan', () => {
    expect(formatMoney(50_000, 'zh-CN')).toBe('¥500.00');
    expect(formatMoney(12_850, 'en')).toBe('¥128.50');
    expect(formatMoney(300_000, 'zh-HK')).toContain('3,000.00');
  });
  it('refuses fractions of a fen', () => {
    expect(() => formatMoney(1.5, 'en')).toThrow(RangeError);
  });
});
