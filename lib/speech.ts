import type { Locale } from './i18n/config';

// Reading aloud with the browser's own speech (Web Speech API): no network, no recording.
// Older listeners follow a slightly slower voice better, so the default rate is 0.85.

/** The BCP 47 tags a voice may carry for each locale, best first (zh-HK: Cantonese). */
const voiceTags: Record<Locale, string[]> = {
  'zh-CN': ['zh-CN', 'cmn-CN', 'zh'],
  'zh-TW': ['zh-TW', 'cmn-TW', 'zh'],
  'zh-HK': ['zh-HK', 'yue-HK', 'yue'],
  en: ['en-GB', 'en-US', 'en'],
};

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** Whether this browser can read aloud at all. */
export function canSpeak(): boolean {
  return synth() !== undefined && typeof SpeechSynthesisUtterance !== 'undefined';
}

function voiceFor(s: SpeechSynthesis, locale: Locale): SpeechSynthesisVoice | undefined {
  const voices = typeof s.getVoices === 'function' ? s.getVoices() : [];
  for (const tag of voiceTags[locale]) {
    const t = tag.toLowerCase();
    const hit = voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(t));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Speaks the text in the locale's language, stopping anything said before; onEnd runs when it
 * finishes or fails. Returns false when the browser cannot speak (the caller may say so).
 */
export function speak(text: string, locale: Locale, rate = 0.85, onEnd?: () => void): boolean {
  const s = synth();
  if (!s || !canSpeak()) return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = locale;
  u.rate = rate;
  const voice = voiceFor(s, locale);
  if (voice) u.voice = voice;
  if (onEnd) {
    u.onend = onEnd;
    u.onerror = onEnd;
  }
  s.speak(u);
  return true;
}

/** Stops reading aloud (when leaving a page, or on a "stop" button). */
export function stopSpeaking(): void {
  synth()?.cancel();
}
