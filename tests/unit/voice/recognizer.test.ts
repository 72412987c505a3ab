import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  browserRecognizer,
  MAX_RECORDING_MS,
  recognitionLang,
  serverRecognizer,
  type RecognizerHandlers,
} from '@/lib/voice/recognizer';

afterEach(() => vi.unstubAllGlobals());

function handlers() {
  const log: string[] = [];
  const h: RecognizerHandlers = {
    onInterim: (t) => log.push(`interim:${t}`),
    onFinal: (t) => log.push(`final:${t}`),
    onError: (e) => log.push(`error:${e}`),
    onEnd: () => log.push('end'),
  };
  return { h, log };
}

type Listener = ((e: unknown) => void) | null;
class FakeRecognition {
  static made: FakeRecognition[] = [];
  static available = vi.fn(async () => 'available');
  lang = '';
  interimResults = false;
  continuous = false;
  maxAlternatives = 0;
  processLocally = false;
  onresult: Listener = null;
  onerror: Listener = null;
  onend: (() => void) | null = null;
  start = vi.fn();
  stop = vi.fn(() => this.onend?.());
  abort = vi.fn();
  constructor() {
    FakeRecognition.made.push(this);
  }
  hear(text: string, isFinal: boolean) {
    this.onresult?.({
      resultIndex: 0,
      results: { length: 1, 0: Object.assign([{ transcript: text }], { isFinal }) },
    });
  }
}

describe('the language asked of the recognizer', () => {
  it('Cantonese as Cantonese, Mandarin by region, English as the browser has it', () => {
    expect(recognitionLang('zh-HK', { vendor: 'Google Inc.' })).toBe('yue-Hant-HK');
    expect(recognitionLang('zh-HK', { vendor: 'Apple Computer, Inc.' })).toBe('zh-HK');
    expect(recognitionLang('zh-TW')).toBe('zh-TW');
    expect(recognitionLang('zh-CN')).toBe('zh-CN');
    expect(recognitionLang('en', { language: 'en-GB' })).toBe('en-GB');
    expect(recognitionLang('en', { language: 'zh-CN' })).toBe('en-US');
  });
});

describe("the browser's recognizer", () => {
  it('is absent where the browser has none', () => {
    vi.stubGlobal('window', {});
    expect(browserRecognizer('zh-CN')).toBeUndefined();
  });

  it('shows interim words, gives the final text once, and asks for on-device recognition', async () => {
    FakeRecognition.made = [];
    vi.stubGlobal('window', { webkitSpeechRecognition: FakeRecognition });
    vi.stubGlobal('navigator', { vendor: 'Google Inc.', language: 'zh-HK' });
    const r = browserRecognizer('zh-HK')!;
    expect(FakeRecognition.available).toHaveBeenCalledWith({
      langs: ['yue-Hant-HK'],
      processLocally: true,
    });
    await Promise.resolve();
    const { h, log } = handlers();
    r.start(h);
    const rec = FakeRecognition.made[0]!;
    expect(rec).toMatchObject({ lang: 'yue-Hant-HK', interimResults: true, continuous: false });
    expect(rec.processLocally).toBe(true);
    rec.hear('交電', false);
    rec.hear('交電費', true);
    rec.onend?.();
    expect(log).toEqual(['interim:交電', 'final:交電費', 'end']);
  });

  it('says "did not catch that" when it ends with nothing, and "denied" without a microphone', () => {
    FakeRecognition.made = [];
    vi.stubGlobal('window', { SpeechRecognition: FakeRecognition });
    const r = browserRecognizer('zh-CN')!;
    const a = handlers();
    r.start(a.h);
    FakeRecognition.made[0]!.onend?.();
    expect(a.log).toEqual(['error:no-speech', 'end']);
    const b = handlers();
    r.start(b.h);
    FakeRecognition.made[1]!.onerror?.({ error: 'not-allowed' });
    FakeRecognition.made[1]!.onend?.();
    expect(b.log).toEqual(['error:denied', 'end']);
  });

  it('keeps listening across pauses when continuous (the wake phrase), without errors', () => {
    FakeRecognition.made = [];
    vi.stubGlobal('window', { SpeechRecognition: FakeRecognition });
    const { h, log } = handlers();
    browserRecognizer('zh-CN')!.start(h, { continuous: true });
    const rec = FakeRecognition.made[0]!;
    expect(rec.continuous).toBe(true);
    rec.hear('安心安心', true);
    rec.hear('帮我', false);
    rec.onend?.();
    expect(log).toEqual(['final:安心安心', 'interim:帮我', 'end']);
  });
});

describe("the server's recognizer", () => {
  function fakeRecorder(blob: { size: number; type: string }) {
    const tracks = [{ stop: vi.fn() }];
    class Recorder {
      static last: Recorder;
      mimeType = 'audio/webm;codecs=opus';
      state = 'inactive';
      ondataavailable: ((e: { data: unknown }) => void) | null = null;
      onstop: (() => void) | null = null;
      constructor() {
        Recorder.last = this;
      }
      start() {
        this.state = 'recording';
      }
      stop() {
        this.state = 'inactive';
        this.ondataavailable?.({ data: blob });
        void this.onstop?.();
      }
    }
    vi.stubGlobal('window', {});
    vi.stubGlobal('MediaRecorder', Recorder);
    vi.stubGlobal(
      'Blob',
      class {
        size: number;
        type: string;
        constructor(parts: { size: number }[], o: { type: string }) {
          this.size = parts.reduce((n, p) => n + p.size, 0);
          this.type = o.type;
        }
      },
    );
    let open = () => Promise.resolve();
    vi.stubGlobal('navigator', {
      mediaDevices: {
        getUserMedia: vi.fn(async () => {
          await open();
          return { getTracks: () => tracks };
        }),
      },
    });
    /** Holds the microphone back until the returned function is called (a permission prompt). */
    const holdMicrophone = () => {
      let allow = () => {};
      const allowed = new Promise<void>((r) => (allow = r));
      open = () => allowed;
      return allow;
    };
    return { Recorder, tracks, holdMicrophone };
  }

  it('stops by itself after the longest recording and sends what it has', async () => {
    vi.useFakeTimers();
    try {
      fakeRecorder({ size: 2000, type: 'audio/webm' });
      const fetch = vi.fn(async () => new Response(JSON.stringify({ text: '交电费' })));
      vi.stubGlobal('fetch', fetch);
      const r = serverRecognizer()!;
      const { h, log } = handlers();
      r.start(h);
      await vi.advanceTimersByTimeAsync(MAX_RECORDING_MS - 1000);
      expect(log).toEqual(['interim:']); // still recording
      expect(fetch).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(() => expect(log).toContain('end'));
      expect(log).toEqual(['interim:', 'final:交电费', 'end']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stopped or closed while the microphone opens: it is closed again, nothing is sent', async () => {
    const { tracks, holdMicrophone } = fakeRecorder({ size: 2000, type: 'audio/webm' });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    for (const how of ['stop', 'abort'] as const) {
      tracks[0]!.stop.mockClear();
      const allow = holdMicrophone();
      const r = serverRecognizer()!;
      const { h, log } = handlers();
      r.start(h);
      r[how]();
      allow();
      await vi.waitFor(() => expect(log).toContain('end'));
      expect(log).toEqual(how === 'stop' ? ['error:no-speech', 'end'] : ['end']);
      expect(tracks[0]!.stop).toHaveBeenCalled();
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('records until stopped, posts the clip with its type, and gives the text', async () => {
    const { tracks } = fakeRecorder({ size: 2000, type: 'audio/webm' });
    const fetch = vi.fn(async () => new Response(JSON.stringify({ text: '帮我交电费' })));
    vi.stubGlobal('fetch', fetch);
    const r = serverRecognizer()!;
    const { h, log } = handlers();
    r.start(h);
    await vi.waitFor(() => expect(log).toContain('interim:'));
    r.stop();
    await vi.waitFor(() => expect(log).toContain('end'));
    expect(log).toEqual(['interim:', 'final:帮我交电费', 'end']);
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/speech',
      expect.objectContaining({ method: 'POST', headers: { 'content-type': 'audio/webm' } }),
    );
    expect(tracks[0]!.stop).toHaveBeenCalled(); // the microphone is released
  });

  it('no engine on the server: "unavailable"; too long a clip is never sent', async () => {
    fakeRecorder({ size: 2000, type: 'audio/webm' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    const r = serverRecognizer()!;
    const a = handlers();
    r.start(a.h);
    await vi.waitFor(() => expect(a.log).toContain('interim:'));
    r.stop();
    await vi.waitFor(() => expect(a.log).toContain('end'));
    expect(a.log).toContain('error:unavailable');

    fakeRecorder({ size: 2 * 1024 * 1024, type: 'audio/webm' });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const b = handlers();
    const big = serverRecognizer()!;
    big.start(b.h);
    await vi.waitFor(() => expect(b.log).toContain('interim:'));
    big.stop();
    await vi.waitFor(() => expect(b.log).toContain('end'));
    expect(b.log).toContain('error:other');
    expect(fetch).not.toHaveBeenCalled();
  });
});
