import 'server-only';
import type { Operation } from '../operation';
import { SpeechAvailability, Transcript } from '../schemas';

export const speechOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/speech',
    operationId: 'getSpeechAvailability',
    tag: 'speech',
    summary: 'Whether the server can turn speech into text (an engine is configured)',
    auth: 'session',
    reply: { status: 200, schema: SpeechAvailability, description: 'Available or not' },
  },
  {
    method: 'post',
    path: '/api/v1/speech',
    operationId: 'transcribe',
    tag: 'speech',
    summary: 'One short recording to text, in the reader’s language',
    auth: 'session',
    rawBody: {
      types: ['audio/webm', 'audio/ogg', 'audio/wav'],
      description: 'The recording, at most 1 MB',
    },
    reply: { status: 200, schema: Transcript, description: 'The text' },
    problems: ['audio_unsupported', 'speech_unavailable', 'speech_failed'],
  },
];
