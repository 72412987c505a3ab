import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { env } from '../env';

/**
 * A speech-to-text engine the operator chooses. The wallet sends it one short recording and
 * the person's locale, and needs only the text back; what runs behind it (a local Whisper, a
 * cloud service, a Cantonese model) is the operator's choice.
 */
export interface SpeechRecognizer {
  transcribe(audio: Buffer, mime: string, locale: Locale): Promise<{ text: string }>;
}

/** The engine did not answer, or answered something that is not a transcript. */
export class RecognizerFailed extends Error {}

/**
 * The default adapter: POSTs the audio as-is to SPEECH_RECOGNIZER_URL with its content type and
 * `?locale=` (zh-CN, zh-TW, zh-HK for Cantonese, en), and expects JSON `{"text": "..."}`.
 */
export function httpRecognizer(url: string, timeoutMs = 15_000): SpeechRecognizer {
  return {
    async transcribe(audio, mime, locale) {
      const target = new URL(url);
      target.searchParams.set('locale', locale);
      let res: Response;
      try {
        res = await fetch(target, {
          method: 'POST',
          headers: { 'content-type': mime, 'content-language': locale },
          body: new Uint8Array(audio),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        throw new RecognizerFailed(`speech engine unreachable: ${String(err)}`);
      }
      const data = (await res.json().catch(() => undefined)) as { text?: unknown } | undefined;
      if (!res.ok || typeof data?.text !== 'string')
        throw new RecognizerFailed(`speech engine answered ${res.status}`);
      return { text: data.text.trim().slice(0, 500) };
    },
  };
}

/** The configured engine, or undefined when the operator has not set one up. */
export function configuredRecognizer(): SpeechRecognizer | undefined {
  const url = env().SPEECH_RECOGNIZER_URL;
  return url ? httpRecognizer(url) : undefined;
}
