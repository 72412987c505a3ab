'use client';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import type { Locale } from '@/lib/i18n/config';
import { speak, stopSpeaking } from '@/lib/speech';

/**
 * "Read it to me": says the text in the page's language, a little slower than usual. The words
 * come from the server (`bills` read.button and read.unavailable), so the page ships no i18next.
 */
export function ReadAloud({
  text,
  locale,
  labels,
}: {
  text: string;
  locale: Locale;
  labels: { button: string; unavailable: string };
}) {
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => stopSpeaking, []);
  return (
    <div className="flex flex-col gap-3">
      <Button variant="secondary" onPress={() => setUnavailable(!speak(text, locale))}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 shrink-0 fill-current">
          <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
        </svg>
        {labels.button}
      </Button>
      {unavailable && <Message tone="info">{labels.unavailable}</Message>}
    </div>
  );
}
