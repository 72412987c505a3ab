import { describe, expect, it } from 'vitest';
import { checkAmount, pressKey, type KeypadKey } from '@/lib/send-amount';

const type = (keys: KeypadKey[]) => keys.reduce(pressKey, '');

describe('checkAmount', () => {
  const balance = 300_000;
  it.each([
    ['100', 10_000],
    ['100.5', 10_050],
    ['0.01', 1],
    ['12.', 1_200],
    ['.5', 50],
    ['3000', 300_000],
    ['１００．５', 10_050],
    [' 2 0 ', 2_000],
  ])('%s is %i fen', (text, fen) => {
    expect(checkAmount(text, balance)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'empty'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['.', 'format'],
    ['1.2.3', 'format'],
    ['abc', 'format'],
    ['-5', 'format'],
    ['1.234', 'decimals'],
    ['3000.01', 'over_balance'],
    ['99999999999999999999', 'over_balance'],
  ])('%j is refused as %s', (text, problem) => {
    expect(checkAmount(text, balance)).toEqual({ ok: false, problem });
  });
});

describe('pressKey', () => {
  it('writes digits and one point', () => {
    expect(type(['1', '0', '0'])).toBe('100');
    expect(type(['.', '5'])).toBe('0.5');
    expect(type(['1', '.', '.', '2'])).toBe('1.2');
    expect(type(['0', '0', '7'])).toBe('7');
  });
  it('deletes the last character, and nothing from empty', () => {
    expect(type(['1', '2', 'delete'])).toBe('1');
    expect(type(['delete'])).toBe('');
  });
  it('stops at the longest amount', () => {
    expect(type(Array<KeypadKey>(20).fill('9'))).toHaveLength(13);
  });
});
