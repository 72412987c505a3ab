import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountSpoken } from '@/lib/money-words';
import { fold } from '@/lib/voice/fold';
import { pickAmount } from '@/lib/voice/numbers';

const amount = (text: string) => pickAmount(fold(text).s)?.amount;

describe('spoken amounts', () => {
  it.each([
    ['一百二', 12000],
    ['两千五', 250000],
    ['一万二', 1200000],
    ['一千零五十', 105000],
    ['一百零八', 10800],
    ['三块五', 350],
    ['三块五毛', 350],
    ['一块二毛五', 125],
    ['一块零五分', 105],
    ['两块半', 250],
    ['五毛', 50],
    ['五十块钱', 5000],
    ['三百蚊', 30000],
    ['百五蚊', 15000],
    ['千二蚊', 120000],
    ['廿蚊', 2000],
    ['三舊水', 30000],
    ['六十八蚊兩毫', 6820],
    ['四十五点五元', 4550],
    ['50元', 5000],
    ['1万2', 1200000],
    ['¥30', 3000],
    ['$45.50', 4550],
    ['HK$100', 10000],
    ['1,200 dollars', 120000],
    ['a hundred and twenty dollars', 12000],
    ['twelve hundred', 120000],
    ['forty five dollars fifty', 4550],
    ['forty-five dollars and fifty cents', 4550],
    ['fifty cents', 50],
    ['two thousand five hundred', 250000],
    ['20 bucks', 2000],
  ])('%s is %d', (text, minor) => {
    expect(amount(text)).toBe(minor);
  });

  it.each([
    '上一页',
    '再说一遍',
    '扫一下',
    '大一点',
    '第四台',
    '这个月',
    '一下',
    '两个人',
    '13800138001',
  ])('%s has no amount', (text) => {
    expect(amount(text)).toBeUndefined();
  });

  it('reads back every amount the wallet speaks, in every locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.constantFrom('zh-CN', 'zh-TW', 'zh-HK', 'en' as const),
        (minor, locale) => {
          expect(amount(amountSpoken(minor, locale))).toBe(minor);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
