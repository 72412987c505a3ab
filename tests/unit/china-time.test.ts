import { describe, expect, it } from 'vitest';
import { chinaMonth, friendlyWhen, monthLabel, parseMonth, shiftMonth } from '@/lib/china-time';

describe('China time', () => {
  it('puts an instant in its China month, whatever the UTC date', () => {
    expect(chinaMonth(new Date('2025-05-31T16:00:00Z'))).toBe('2025-06');
    expect(chinaMonth(new Date('2025-05-31T15:59:59Z'))).toBe('2025-05');
  });

  it('accepts only YYYY-MM months and steps across years', () => {
    expect(parseMonth('2025-06')).toBe('2025-06');
    for (const bad of ['2025-13', '2025-6', '25-06', '', undefined, ['2025-06']])
      expect(parseMonth(bad)).toBeUndefined();
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
  });

  it('names months in the reader’s language', () => {
    expect(monthLabel('2025-06', 'zh-CN')).toBe('2025年6月');
    expect(monthLabel('2025-06', 'en')).toBe('June 2025');
  });

  it('says today and yesterday by the China calendar, with a 12-hour time', () => {
    const now = new Date('2025-06-03T02:00:00Z'); // 10:00 on 3 June in China
    const late = friendlyWhen('2025-06-02T16:30:00Z', 'zh-CN', now); // 00:30 on 3 June
    expect(late.relative).toBe('today');
    expect(late.time).toBe('上午12:30');
    const y = friendlyWhen('2025-06-02T07:20:00Z', 'en', now);
    expect(y).toMatchObject({ relative: 'yesterday', time: '3:20 PM' });
    const older = friendlyWhen('2025-05-20T07:20:00Z', 'zh-CN', now);
    expect(older).toMatchObject({ relative: null, date: '5月20日星期二' });
    expect(friendlyWhen('2024-05-20T07:20:00Z', 'en', now).date).toBe('Monday, May 20, 2024');
  });
});
