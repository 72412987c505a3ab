'use client';
import { useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { browserRecognizer } from '@/lib/voice/recognizer';

/**
 * "Always listening": while enabled, the browser's recognizer runs continuously and its
 * transcript is checked for the wake phrase; nothing is recorded or sent anywhere by this page.
 * The recognizer stops by itself after a silence, so it is started again, calmly, a second later.
 */
export function useWakePhrase({
  enabled,
  locale,
  onWake,
}: {
  enabled: boolean;
  locale: Locale;
  onWake: () => void;
}) {
  const wake = useRef(onWake);
  useEffect(() => {
    wake.current = onWake;
  });

  useEffect(() => {
    if (!enabled) return;
    const r = browserRecognizer(locale);
    if (!r) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The pinyin dictionary is loaded only for people who switched this on.
    const detector = import('@/lib/voice/wake').then((m) => m.hasWakePhrase);
    const check = (text: string) =>
      void detector.then((detect) => {
        if (stopped || !detect(text)) return;
        stopped = true;
        r.abort();
        wake.current();
      });
    const go = () =>
      r.start(
        {
          onInterim: check,
          onFinal: check,
          onError: (e) => {
            if (e === 'denied' || e === 'unavailable') stopped = true;
          },
          onEnd: () => {
            if (!stopped) timer = setTimeout(go, 1000);
          },
        },
        { continuous: true },
      );
    go();
    return () => {
      stopped = true;
      clearTimeout(timer);
      r.abort();
    };
  }, [enabled, locale]);
}
