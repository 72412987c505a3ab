import { afterEach, describe, expect, it, vi } from 'vitest';
import { speak, stopSpeaking } from '@/lib/speech';

afterEach(() => vi.unstubAllGlobals());

describe('speech', () => {
  it('does nothing, without throwing, where the browser cannot speak', () => {
    expect(() => speak('你好', 'zh-CN')).not.toThrow();
    vi.stubGlobal('window', {});
    expect(() => speak('你好', 'zh-CN')).not.toThrow();
    expect(() => stopSpeaking()).not.toThrow();
  });

  it('stops what is being read, then reads in the locale, a little slower by default', () => {
    const said: { text: string; lang: string; rate: number }[] = [];
    const synth = {
      cancel: vi.fn(),
      getVoices: () => [],
      speak: vi.fn((u: (typeof said)[number]) => said.push(u)),
    };
    vi.stubGlobal('window', { speechSynthesis: synth });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        rate = 1;
        constructor(readonly text: string) {}
      },
    );
    speak('收款人实名是李娜', 'zh-HK');
    speak('Hello', 'en', 1);
    expect(synth.cancel).toHaveBeenCalledTimes(2);
    expect(said).toMatchObject([
      { text: '收款人实名是李娜', lang: 'zh-HK', rate: 0.85 },
      { text: 'Hello', lang: 'en', rate: 1 },
    ]);
    stopSpeaking();
    expect(synth.cancel).toHaveBeenCalledTimes(3);
  });
});
