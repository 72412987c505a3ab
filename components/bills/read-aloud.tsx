'use client';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import type { Locale } from '@/lib/i18n/config';
import { speak, stopSpeaking } from '@/lib/speech';

/** "Read it to me": says the text in the page's language, a little slower than usual. */
export function ReadAloud({ text, locale }: { text: string; locale: Locale }) {
  const { t } = useTranslation('bills');
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => stopSpeaking, []);
  return (
    <div className="flex flex-col gap-3">
      <Button variant="secondary" onPress={() => setUnavailable(!speak(text, locale))}>
        <span aria-hidden="true">🔊</span>
        {t('read.button')}
      </Button>
      {unavailable && <Message tone="info">{t('read.unavailable')}</Message>}
    </div>
  );
}
