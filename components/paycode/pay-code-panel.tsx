'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { Message } from '@/components/ui/message';
import { api } from '@/lib/api-client';
import { QrImage } from './qr-image';

/** The DTO of POST /api/v1/pay-codes. */
export interface PayCodeDto {
  code: string;
  number: string;
  expiresAt: string;
  qr: { size: number; path: string };
}

const REFRESH_MS = 60_000;
// A code works for 3 minutes on the server's clock; the phone's clock may be off, so count from
// when it arrived, and put a code away well before it could stop working at the till.
const STALE_MS = 150_000;

/** The panel's words, from the server (`paycode` namespace): the page ships no i18next. */
export interface PayCodeLabels {
  show: string;
  qrLabel: string;
  numberLabel: string;
  alwaysValid: string;
  refresh: string;
  refreshed: string;
  signedOut: { title: string; body: string; link: string };
  failed: { title: string; body: string };
}

type Shown = { code: PayCodeDto; at: number } | { gone: 'signedOut' | 'failed' | 'checking' };

/**
 * The payment code: a large QR code and its number. A new code replaces it quietly every
 * minute, in the same place (nothing else moves, nothing is announced). When the session has
 * ended the code is taken away and a sign-in link shown; a code that could not be renewed in
 * time is taken away too. No countdown: the code simply keeps working.
 */
export function PayCodePanel({ initial, labels }: { initial: PayCodeDto; labels: PayCodeLabels }) {
  const [shown, setShown] = useState<Shown>(() => ({ code: initial, at: Date.now() }));
  const [note, setNote] = useState('');
  const busy = useRef(false);
  const signedOut = 'gone' in shown && shown.gone === 'signedOut';

  const refresh = useCallback(
    async (manual: boolean) => {
      if (busy.current) return;
      busy.current = true;
      // A quiet refresh that fails leaves a working code alone; otherwise say it failed.
      const failed = () => setShown((s) => (manual || !('code' in s) ? { gone: 'failed' } : s));
      try {
        const res = await api<PayCodeDto>('/pay-codes', { method: 'POST' });
        if (res.ok) {
          setShown({ code: res.data, at: Date.now() });
          if (manual) setNote(labels.refreshed);
        } else if (res.problem.status === 401) {
          setShown({ gone: 'signedOut' });
        } else {
          failed();
        }
      } catch {
        failed();
      } finally {
        busy.current = false;
      }
    },
    [labels.refreshed],
  );

  // Every minute, and whenever the page comes back into view (the phone was locked, another
  // app was open, or the browser restored the page from its cache), fetch a fresh code.
  useEffect(() => {
    if (signedOut) return;
    const timer = setInterval(() => void refresh(false), REFRESH_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh(false);
    };
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      setShown({ gone: 'checking' });
      void refresh(false);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onShow);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onShow);
    };
  }, [refresh, signedOut]);

  // Never keep showing a code that could no longer be renewed.
  useEffect(() => {
    if (!('code' in shown)) return;
    const left = shown.at + STALE_MS - Date.now();
    const timer = setTimeout(() => setShown({ gone: 'failed' }), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [shown]);

  if (signedOut)
    return (
      <div className="flex flex-col gap-4">
        <Message tone="info" title={labels.signedOut.title}>
          {labels.signedOut.body}
        </Message>
        <Link href="/sign-in" className="text-title">
          {labels.signedOut.link}
        </Link>
      </div>
    );

  const groups = 'code' in shown ? (shown.code.number.match(/\d{4}/g) ?? []) : [];
  return (
    <div className="flex flex-col gap-5">
      <p className="text-title text-center font-bold">{labels.show}</p>
      {'code' in shown ? (
        <>
          <QrImage label={labels.qrLabel} qr={shown.code.qr} />
          <div className="text-center">
            <p>{labels.numberLabel}</p>
            <p className="font-mono text-amount font-bold tracking-wider">
              <span className="block">{groups.slice(0, 2).join(' ')}</span>{' '}
              <span className="block">{groups.slice(2).join(' ')}</span>
            </p>
          </div>
        </>
      ) : shown.gone === 'checking' ? (
        <div className="mx-auto aspect-square w-full max-w-[22rem]" />
      ) : (
        <Message tone="error" title={labels.failed.title}>
          {labels.failed.body}
        </Message>
      )}
      <p>{labels.alwaysValid}</p>
      <Button size="main" variant="secondary" onPress={() => void refresh(true)}>
        {labels.refresh}
      </Button>
      <p role="status" className="sr-only">
        {note}
      </p>
    </div>
  );
}
