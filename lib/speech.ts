/** Speech synthesis behind one small interface; safe where the browser has none. */

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** The BCP 47 tag a voice needs: Cantonese for zh-HK. */
function speechLang(locale: string): string {
  return locale === 'zh-HK' ? 'zh-HK' : locale;
}

/** Speaks text in the locale at a calm rate (1 = normal). Returns false when speech is unavailable. */
export function speak(text: string, locale: string, rate = 0.85, onEnd?: () => void): boolean {
  const s = synth();
  if (!s || !text.trim()) return false;
  s.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = speechLang(locale);
  u.rate = rate;
  const voice = s
    .getVoices()
    .find((v) => v.lang.replace('_', '-').toLowerCase().startsWith(u.lang.toLowerCase()));
  if (voice) u.voice = voice;
  if (onEnd) {
    u.onend = onEnd;
    u.onerror = onEnd;
  }
  s.speak(u);
  return true;
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
