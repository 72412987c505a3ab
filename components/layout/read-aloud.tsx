'use client';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { speak, stopSpeaking } from '@/lib/speech';

/**
 * "Read this page to me": speaks the main content in reading order (headings, text, then
 * buttons, as they appear), in the page's language, at the person's own speed. A stop button
 * replaces it while speaking.
 */
export function ReadAloud({
  locale,
  rate,
  readLabel,
  stopLabel,
}: {
  locale: Locale;
  rate: number;
  readLabel: string;
  stopLabel: string;
}) {
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => stopSpeaking(), []);
  function toggle() {
    if (speaking) {
      stopSpeaking();
      return setSpeaking(false);
    }
    const main = document.getElementById('main');
    const text = main?.innerText.replace(/\s*\n+\s*/g, '。\n') ?? '';
    if (speak(text, locale, rate, () => setSpeaking(false))) setSpeaking(true);
  }
  return (
    <Button variant="secondary" size="compact" onPress={toggle}>
      <span aria-hidden="true">{speaking ? '■' : '▶'}</span> {speaking ? stopLabel : readLabel}
    </Button>
  );
}
