import type { Locale } from '@/lib/i18n/config';

// Speech to text behind one small interface. Two recognizers implement it:
// - the browser's own (Web Speech API), with live interim text, asking for on-device
//   recognition where the browser offers it;
// - the server's (POST /api/v1/speech), for browsers that can record (MediaRecorder) but not
//   recognize, when the operator has configured an engine.
// Typed text needs no recognizer: it goes straight into the same pipeline as a final transcript.

export type RecognizerError = 'no-speech' | 'denied' | 'network' | 'unavailable' | 'other';

export interface RecognizerHandlers {
  /** Words so far, while the person is still speaking (shown as a live caption). */
  onInterim(text: string): void;
  /** What was said, once the recognizer is sure. */
  onFinal(text: string): void;
  onError(error: RecognizerError): void;
  /** Listening stopped (after a final result, an error, or stop()). */
  onEnd(): void;
}

export interface Recognizer {
  readonly kind: 'browser' | 'server';
  /** Starts listening. `continuous` keeps listening across pauses (for the wake phrase). */
  start(handlers: RecognizerHandlers, options?: { continuous?: boolean }): void;
  /** Stops listening and lets what was heard so far come through. */
  stop(): void;
  /** Stops listening and drops what was heard. */
  abort(): void;
}

// ---- the browser's recognizer ----

interface SpeechResultLike {
  readonly isFinal: boolean;
  readonly 0: { transcript: string };
}
interface SpeechEventLike {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [i: number]: SpeechResultLike };
}
interface BrowserRecognition {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  maxAlternatives: number;
  processLocally?: boolean;
  onresult: ((e: SpeechEventLike) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
interface RecognitionClass {
  new (): BrowserRecognition;
  available?: (o: { langs: string[]; processLocally: boolean }) => Promise<string>;
}

function recognitionClass(): RecognitionClass | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionClass;
    webkitSpeechRecognition?: RecognitionClass;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/** Whether this browser has a speech recognizer of its own. */
export function hasBrowserRecognition(): boolean {
  return recognitionClass() !== undefined;
}

/**
 * The language tag to ask the recognizer for. Cantonese is "yue-Hant-HK" in Chrome's list;
 * Safari knows it as "zh-HK". English: the person's browser English if it has one.
 */
export function recognitionLang(locale: Locale, nav?: { vendor?: string; language?: string }) {
  if (locale === 'zh-HK') return nav?.vendor?.startsWith('Apple') ? 'zh-HK' : 'yue-Hant-HK';
  if (locale === 'en')
    return nav?.language?.toLowerCase().startsWith('en') ? nav.language : 'en-US';
  return locale;
}

const ERRORS: Record<string, RecognizerError> = {
  'no-speech': 'no-speech',
  'not-allowed': 'denied',
  'service-not-allowed': 'denied',
  'audio-capture': 'denied',
  network: 'network',
  'language-not-supported': 'unavailable',
};

/** The browser's recognizer, or undefined where there is none (Firefox). */
export function browserRecognizer(locale: Locale): Recognizer | undefined {
  const Ctor = recognitionClass();
  if (!Ctor) return undefined;
  const lang = recognitionLang(locale, typeof navigator === 'undefined' ? undefined : navigator);
  // On-device recognition keeps the voice on the phone; ask for it where it is ready.
  let local = false;
  if (typeof Ctor.available === 'function') {
    Ctor.available({ langs: [lang], processLocally: true })
      .then((a) => (local = a === 'available'))
      .catch(() => undefined);
  }
  let current: BrowserRecognition | undefined;
  return {
    kind: 'browser',
    start(h, options) {
      current?.abort();
      const r = new Ctor();
      current = r;
      r.lang = lang;
      r.interimResults = true;
      r.continuous = options?.continuous ?? false;
      r.maxAlternatives = 1;
      if (local && 'processLocally' in r) r.processLocally = true;
      let finalText = '';
      let failed = false;
      r.onresult = (e) => {
        let interim = '';
        for (let i = e.resultIndex; i < e.results.length; i++) {
          const res = e.results[i]!;
          if (res.isFinal) {
            finalText = res[0].transcript;
            h.onFinal(finalText);
          } else interim += res[0].transcript;
        }
        if (interim) h.onInterim(interim);
      };
      r.onerror = (e) => {
        if (e.error === 'aborted') return;
        failed = true;
        h.onError(ERRORS[e.error] ?? 'other');
      };
      r.onend = () => {
        if (current === r) current = undefined;
        if (!finalText && !failed && !options?.continuous) h.onError('no-speech');
        h.onEnd();
      };
      try {
        r.start();
      } catch {
        h.onError('other');
        h.onEnd();
      }
    },
    stop() {
      current?.stop();
    },
    abort() {
      const r = current;
      current = undefined;
      if (r) {
        r.onresult = null;
        r.onerror = null;
        r.abort();
      }
    },
  };
}

// ---- the server's recognizer ----

const MAX_AUDIO_BYTES = 1024 * 1024;
/**
 * A recording ends by itself after this long and is sent as if stop had been pressed: someone
 * who does not know to press again is still answered (a spoken command takes a few seconds).
 */
export const MAX_RECORDING_MS = 30_000;

/** Whether this browser can record a short clip to send to the server's recognizer. */
export function canRecord(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof MediaRecorder !== 'undefined' &&
    Boolean(navigator.mediaDevices?.getUserMedia)
  );
}

/**
 * Records while listening (press to start, press again to stop: no holding needed) and sends
 * the clip to POST /api/v1/speech, which answers with the text.
 */
export function serverRecognizer(): Recognizer | undefined {
  if (!canRecord()) return undefined;
  let recorder: MediaRecorder | undefined;
  let dropped = false;
  let stopped = false;
  return {
    kind: 'server',
    start(h) {
      dropped = false;
      stopped = false;
      navigator.mediaDevices
        .getUserMedia({ audio: true })
        .then((stream) => {
          // Stopped (or closed) while the microphone was still being opened, for instance
          // behind the browser's permission question: close it again, record nothing.
          if (dropped || stopped) {
            stream.getTracks().forEach((t) => t.stop());
            if (!dropped) h.onError('no-speech');
            return h.onEnd();
          }
          const chunks: Blob[] = [];
          const rec = new MediaRecorder(stream);
          recorder = rec;
          rec.ondataavailable = (e) => chunks.push(e.data);
          const limit = setTimeout(() => {
            if (rec.state !== 'inactive') rec.stop();
          }, MAX_RECORDING_MS);
          rec.onstop = async () => {
            clearTimeout(limit);
            stream.getTracks().forEach((t) => t.stop());
            recorder = undefined;
            if (dropped) return h.onEnd();
            const type = (rec.mimeType || 'audio/webm').split(';')[0]!;
            const blob = new Blob(chunks, { type });
            if (blob.size === 0) {
              h.onError('no-speech');
              return h.onEnd();
            }
            if (blob.size > MAX_AUDIO_BYTES) {
              h.onError('other');
              return h.onEnd();
            }
            try {
              const res = await fetch('/api/v1/speech', {
                method: 'POST',
                headers: { 'content-type': type },
                body: blob,
                credentials: 'same-origin',
              });
              const data = (await res.json().catch(() => ({}))) as { text?: string };
              if (!res.ok) h.onError(res.status === 503 ? 'unavailable' : 'network');
              else if (data.text?.trim()) h.onFinal(data.text.trim());
              else h.onError('no-speech');
            } catch {
              h.onError('network');
            }
            h.onEnd();
          };
          rec.start();
          h.onInterim('');
        })
        .catch(() => {
          h.onError('denied');
          h.onEnd();
        });
    },
    stop() {
      stopped = true;
      recorder?.stop();
    },
    abort() {
      dropped = true;
      recorder?.stop();
    },
  };
}
