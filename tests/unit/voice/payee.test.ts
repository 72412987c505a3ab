import { describe, expect, it } from 'vitest';
import { matchPayee, normalizePayee } from '@/lib/voice/payee';

const contacts = [
  { id: 'd', name: '李娜', relation: 'daughter' },
  { id: 'g', name: '李小明', relation: 'grandson' },
  { id: 'gd', name: '王小花', relation: 'granddaughter' },
  { id: 'f', name: '陈明', relation: 'friend' },
];
const ids = (said: string) => matchPayee(said, contacts).map((c) => c.id);

describe('matching a spoken payee to a contact', () => {
  it.each([
    ['女儿', 'd'],
    ['女兒', 'd'],
    ['我女儿', 'd'],
    ['我的女儿', 'd'],
    ['個女', 'd'],
    ['囡', 'd'],
    ['daughter', 'd'],
    ['my daughter', 'd'],
    ['Daughter ', 'd'],
    ['李娜', 'd'],
    ['女儿李娜', 'd'],
    ['孙子', 'g'],
    ['孫子', 'g'],
    ['grandson', 'g'],
    ['李小明', 'g'],
    ['孙女', 'gd'],
    ['孙女儿', 'gd'],
    ['朋友', 'f'],
    ['陈明', 'f'],
  ])('%s → %s', (said, id) => {
    expect(ids(said)).toEqual([id]);
  });

  it('finds nobody for someone unknown, or for nothing said', () => {
    expect(ids('邻居')).toEqual([]);
    expect(ids('son')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('我')).toEqual([]);
  });

  it('gives every match when two people fit, so the person chooses', () => {
    const two = [...contacts, { id: 'd2', name: '李梅', relation: 'daughter' }];
    expect(matchPayee('女儿', two).map((c) => c.id)).toEqual(['d', 'd2']);
    expect(matchPayee('女儿李梅', two).map((c) => c.id)).toEqual(['d2']);
  });

  it('folds width, case, possessives and particles', () => {
    expect(normalizePayee('  My DAUGHTER ')).toBe('daughter');
    expect(normalizePayee('我嘅個仔')).toBe('個仔');
    expect(normalizePayee('俺的闺女吧')).toBe('闺女');
  });
});
