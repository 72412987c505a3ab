import type { Locale } from './i18n/config';

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/**
 * Reads text aloud in the page's language, a little slower than usual. Does nothing where the
 * browser cannot speak; anything already being read is stopped first, so words never pile up.
 */
export function speak(text: string, locale: Locale, rate = 0.85): void {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = locale;
  u.rate = rate;
  s.speak(u);
}

/** Stops reading aloud, if anything is being read. */
export function stopSpeaking(): void {
  synth()?.cancel();
}
