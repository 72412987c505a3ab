import 'server-only';
import type { NextRequest } from 'next/server';
import type { Locale } from '@/lib/i18n/config';
import { AppError } from '../http/problem';
import { readCapped } from '../http/route';
import { RecognizerFailed, type SpeechRecognizer } from './recognizer';

export const AUDIO_TYPES = ['audio/webm', 'audio/ogg', 'audio/wav', 'audio/x-wav'] as const;
export const MAX_AUDIO_BYTES = 1024 * 1024;

/** Reads the raw recording (a known audio type, at most 1 MB) without trusting its length. */
export async function readAudio(req: NextRequest): Promise<{ audio: Buffer; mime: string }> {
  const mime = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(AUDIO_TYPES as readonly string[]).includes(mime)) throw new AppError('audio_unsupported');
  if (Number(req.headers.get('content-length') ?? '0') > MAX_AUDIO_BYTES)
    throw new AppError('payload_too_large');
  if (!req.body) throw new AppError('audio_unsupported');
  const audio = await readCapped(req, MAX_AUDIO_BYTES);
  if (audio.byteLength === 0) throw new AppError('audio_unsupported');
  return { audio, mime };
}

/** Audio to text with the operator's engine; a clear problem when there is none or it fails. */
export async function transcribe(
  engine: SpeechRecognizer | undefined,
  audio: Buffer,
  mime: string,
  locale: Locale,
): Promise<{ text: string }> {
  if (!engine) throw new AppError('speech_unavailable');
  try {
    return await engine.transcribe(audio, mime, locale);
  } catch (err) {
    if (err instanceof RecognizerFailed) {
      console.error('Speech recognizer failed:', err.message);
      throw new AppError('speech_failed');
    }
    throw err;
  }
}
