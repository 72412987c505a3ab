import { handle, json, otherMethods } from '@/server/http/route';
import { configuredRecognizer } from '@/server/speech/recognizer';
import { readAudio, transcribe } from '@/server/speech/transcribe';

/** Whether the server can turn speech into text here (an engine is configured). */
export const GET = handle({ auth: 'required' }, async () =>
  json({ available: configuredRecognizer() !== undefined }),
);

/** One short recording (WebM, Ogg or WAV, at most 1 MB) in, its text out. */
export const POST = handle({ auth: 'required' }, async ({ req, locale }) => {
  const engine = configuredRecognizer();
  const { audio, mime } = await readAudio(req);
  return json(await transcribe(engine, audio, mime, locale));
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST');
