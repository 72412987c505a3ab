import { afterEach, describe, expect, it, vi } from 'vitest';
import { canSpeak, speak, stopSpeaking } from '@/lib/speech';

class Utterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  constructor(readonly text: string) {}
}

function fakeSpeech(voices: { lang: string; name: string }[] = []) {
  const synth = { speak: vi.fn(), cancel: vi.fn(), getVoices: () => voices };
  vi.stubGlobal('window', { speechSynthesis: synth });
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return synth;
}

afterEach(() => vi.unstubAllGlobals());

describe('reading aloud', () => {
  it('says the text in the locale, a little slower, after stopping what was said before', () => {
    const synth = fakeSpeech();
    expect(speak('交好了', 'zh-CN')).toBe(true);
    expect(synth.cancel).toHaveBeenCalledOnce();
    const u = synth.speak.mock.calls[0]![0] as Utterance;
    expect(u).toMatchObject({ text: '交好了', lang: 'zh-CN', rate: 0.85 });
    speak('Paid', 'en', 1);
    expect((synth.speak.mock.calls[1]![0] as Utterance).rate).toBe(1);
  });

  it('picks a Cantonese voice for zh-HK when the device has one', () => {
    const cantonese = { lang: 'zh-HK', name: 'Sin-ji' };
    const synth = fakeSpeech([{ lang: 'zh-CN', name: 'Tingting' }, cantonese]);
    speak('交好咗', 'zh-HK');
    expect((synth.speak.mock.calls[0]![0] as Utterance).voice).toBe(cantonese);
  });

  it('does nothing, and says so, where the browser cannot speak', () => {
    vi.stubGlobal('window', {});
    expect(canSpeak()).toBe(false);
    expect(speak('交好了', 'zh-CN')).toBe(false);
    expect(() => stopSpeaking()).not.toThrow();
  });

  it('stops speaking', () => {
    const synth = fakeSpeech();
    stopSpeaking();
    expect(synth.cancel).toHaveBeenCalledOnce();
  });
});
