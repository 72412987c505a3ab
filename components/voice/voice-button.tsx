'use client';
import { lazy, Suspense, useId, useState } from 'react';
import type { ClientResources } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { useWakePhrase } from './use-wake-phrase';

const VoicePanel = lazy(() => import('./voice-panel'));

export interface VoiceButtonProps {
  labels: { open: string; close: string; opening: string };
  locale: Locale;
  /** Speech rate, 1 = normal. */
  rate: number;
  /** "Always listening": the wake phrase opens the assistant (browser recognizer only). */
  alwaysListening: boolean;
  /** Whether the server has a recognizer (for browsers that can record but not recognize). */
  serverSpeech: boolean;
  /** The assistant's translations, handed to its panel when it opens. */
  resources: ClientResources;
}

/**
 * The voice assistant's button, in the same place on every signed-in page. It is small; the
 * panel (dialogue, parser, payment step) loads when it is first opened.
 */
export function VoiceButton({ labels, alwaysListening, ...props }: VoiceButtonProps) {
  const id = useId();
  const [open, setOpen] = useState<false | 'pressed' | 'woke'>(false);
  useWakePhrase({
    enabled: alwaysListening && !open,
    locale: props.locale,
    onWake: () => setOpen('woke'),
  });
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 px-4 pb-3">
      <Button
        variant={open ? 'secondary' : 'primary'}
        aria-expanded={Boolean(open)}
        aria-controls={open ? id : undefined}
        onPress={() => setOpen(open ? false : 'pressed')}
        className="min-h-target-main self-start"
      >
        <span aria-hidden="true">{open ? '×' : '●'}</span> {open ? labels.close : labels.open}
      </Button>
      {open && (
        <Suspense fallback={<p role="status">{labels.opening}</p>}>
          <VoicePanel id={id} start={open} {...props} />
        </Suspense>
      )}
    </div>
  );
}
