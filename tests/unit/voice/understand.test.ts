import { describe, expect, it } from 'vitest';
import { understand } from '@/lib/voice/understand';

describe('what the assistant takes from words', () => {
  it('the parser result, and an amount even when the words are only an amount', () => {
    expect(understand('给女儿转一百块', 'zh-CN')).toEqual({
      result: { intent: 'transfer', slots: { payee: '女儿', amount: 10_000 } },
      amount: 10_000,
    });
    expect(understand('一百块', 'zh-CN').amount).toBe(10_000);
    expect(understand('五百蚊', 'zh-HK').amount).toBe(50_000);
    expect(understand('fifty yuan', 'en').amount).toBe(5_000);
    expect(understand('帮我交电费', 'zh-CN').amount).toBeUndefined();
  });
});
