import { describe, expect, it } from 'vitest';
import { hasWakePhrase, soundOf } from '@/lib/voice/wake';

describe('the wake phrase', () => {
  it.each([
    '安心安心',
    '安心，安心',
    '安心 安心',
    '安新安新',
    '暗心暗心',
    '安欣安心',
    '嗯，安心安心，帮我交电费',
    '嘿安心',
    'Hey Anxin',
    'hey anxin',
    'hey and sin',
    'hey an xin',
    'Hey, Ann Sin!',
    'hey 安心',
    'ok anxin',
  ])('wakes on %j', (text) => {
    expect(hasWakePhrase(text)).toBe(true);
  });

  it.each([
    '',
    '安心',
    '我很安心',
    '帮我交电费',
    '安全',
    'hey there',
    'handsome',
    'and since then',
    'an xin',
    '你好',
  ])('stays asleep on %j', (text) => {
    expect(hasWakePhrase(text)).toBe(false);
  });

  it('compares by sound: characters become toneless pinyin', () => {
    expect(soundOf('安心 Hey')).toBe('anxinhey');
    expect(soundOf('暗心')).toBe(soundOf('安新'));
  });

  it('looks only at the end of a very long transcript', () => {
    expect(hasWakePhrase('啊'.repeat(5000) + '安心安心')).toBe(true);
    expect(hasWakePhrase('安心安心' + '啊'.repeat(5000))).toBe(false);
  });
});
