'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { TextField } from '@/components/ui/text-field';
import type { Locale } from '@/lib/i18n/config';
import { stopSpeaking } from '@/lib/speech';
import { browserRecognizer, serverRecognizer, type Recognizer } from '@/lib/voice/recognizer';
import { MoneyStep } from './money-step';
import { useDialogue } from './use-dialogue';
import { useWakePhrase } from './use-wake-phrase';

type Phase = 'ready' | 'listening' | 'uploading' | 'heard' | 'notCaught' | 'denied' | 'noSpeech';

export interface VoiceAssistantProps {
  locale: Locale;
  /** Speech rate, 1 = normal. */
  rate: number;
  /** "Always listening": the wake phrase opens the assistant (browser recognizer only). */
  alwaysListening: boolean;
  /** Whether the server has a recognizer (for browsers that can record but not recognize). */
  serverSpeech: boolean;
}

/**
 * The voice assistant: one button in the same place on every signed-in page opens a panel in
 * the page (a disclosure, never a pop-up) with a big push-to-talk button, the live caption, the
 * assistant's line as text, answers as big buttons, and a text field to type instead.
 */
export function VoiceAssistant({
  locale,
  rate,
  alwaysListening,
  serverSpeech,
}: VoiceAssistantProps) {
  const { t } = useTranslation('voice');
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [phase, setPhase] = useState<Phase>('ready');
  const [caption, setCaption] = useState('');
  const [typed, setTyped] = useState('');
  const [typedEmpty, setTypedEmpty] = useState(false);
  const [support, setSupport] = useState<Recognizer['kind'] | 'none'>();
  const recognizer = useRef<Recognizer | undefined>(undefined);
  const listening = useRef(false);
  const { state, dispatch, confirmRequest, reset } = useDialogue(locale, rate, () => listen());

  useEffect(() => () => recognizer.current?.abort(), []);

  /** The browser's recognizer, else the server's where one is configured; made on first use. */
  function ensureRecognizer() {
    if (support === undefined) {
      recognizer.current =
        browserRecognizer(locale) ?? (serverSpeech ? serverRecognizer() : undefined);
      setSupport(recognizer.current?.kind ?? 'none');
    }
    return recognizer.current;
  }

  // The parser and its dictionaries load when the assistant is first opened.
  const parser = useRef<Promise<typeof import('@/lib/voice/understand')> | undefined>(undefined);
  const loadParser = () => (parser.current ??= import('@/lib/voice/understand'));

  function understand(text: string) {
    setCaption(text);
    setPhase('heard');
    loadParser().then(
      (m) => {
        const { result, amount } = m.understand(text, locale);
        dispatch({ type: 'heard', text, result, amount });
      },
      () => {
        parser.current = undefined; // offline: try loading again next time
        setPhase('notCaught');
      },
    );
  }

  function listen() {
    const r = recognizer.current;
    if (!r) return setPhase('noSpeech');
    if (listening.current) {
      if (r.kind === 'server') setPhase('uploading');
      return r.stop();
    }
    stopSpeaking();
    setCaption('');
    setPhase('listening');
    listening.current = true;
    r.start({
      onInterim: setCaption,
      onFinal: understand,
      onError: (e) =>
        setPhase(e === 'denied' ? 'denied' : e === 'unavailable' ? 'noSpeech' : 'notCaught'),
      onEnd: () => {
        listening.current = false;
        setPhase((p) => (p === 'listening' || p === 'uploading' ? 'ready' : p));
      },
    });
  }

  function show() {
    void loadParser();
    setOpen(true);
    if (ensureRecognizer()) listen();
    else setPhase('noSpeech');
  }

  function hide() {
    recognizer.current?.abort();
    listening.current = false;
    stopSpeaking();
    setOpen(false);
    setPhase('ready');
    setCaption('');
    reset();
  }

  useWakePhrase({
    enabled: alwaysListening && !open,
    locale,
    onWake: () => {
      void loadParser();
      ensureRecognizer();
      setOpen(true);
      setCaption('');
      dispatch({ type: 'woke' });
    },
  });

  function submitTyped(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = typed.trim();
    setTypedEmpty(!text);
    if (!text) return;
    setTyped('');
    recognizer.current?.abort();
    listening.current = false;
    understand(text);
  }

  const stage = state.stage;
  const money = stage.kind === 'review' || stage.kind === 'paying' ? stage.action : undefined;
  const busy = stage.kind === 'loading' || stage.kind === 'checkingPayee';
  const status =
    phase === 'heard'
      ? busy
        ? t('states.thinking')
        : t('states.heard', { text: caption })
      : t(`states.${phase}`);

  const again = (
    <Button
      variant="secondary"
      className="self-start"
      onPress={() => dispatch({ type: 'choose', id: 'intent:repeat' })}
    >
      {t('listenAgain')}
    </Button>
  );

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 px-4 pb-3">
      <Button
        variant={open ? 'secondary' : 'primary'}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onPress={open ? hide : show}
        className="min-h-target-main self-start"
      >
        <span aria-hidden="true">{open ? '×' : '●'}</span> {open ? t('close') : t('open')}
      </Button>
      {open && (
        <section
          id={panelId}
          aria-labelledby={`${panelId}-h`}
          className="flex flex-col gap-5 rounded-2xl border-2 border-primary bg-paper p-4"
        >
          <h2 id={`${panelId}-h`} className="text-title">
            {t('heading')}
          </h2>
          {support !== 'none' && (
            <Button size="main" onPress={listen} isDisabled={phase === 'uploading'}>
              <span aria-hidden="true">{phase === 'listening' ? '■' : '●'}</span>{' '}
              {phase === 'listening' ? t('stopTalk') : t('talk')}
            </Button>
          )}
          <p role="status" className="font-bold">
            {status}
          </p>
          {phase === 'listening' && (
            <div className="rounded-xl border-2 border-line bg-surface p-4">
              <p>{t('caption')}</p>
              <p className="text-title" lang={locale}>
                {caption || '…'}
              </p>
            </div>
          )}
          {!money && (
            <div className="flex flex-col gap-3 rounded-xl border-2 border-line bg-surface p-4">
              <p>{t('says')}</p>
              <p aria-live="polite" className="font-bold">
                {state.line}
              </p>
              {again}
            </div>
          )}
          {state.receiptId && (
            <Link href={`/receipts/${encodeURIComponent(state.receiptId)}`} className="self-start">
              {t('receipt')}
            </Link>
          )}
          {money && (
            <MoneyStep
              locale={locale}
              action={money}
              line={state.line}
              confirmRequest={confirmRequest}
              onDone={(receiptId) => dispatch({ type: 'paid', receiptId })}
              onCancel={() => dispatch({ type: 'payCancelled' })}
            />
          )}
          {money && again}
          {!money && state.choices.length > 0 && (
            <ul aria-label={t('choices.label')} className="flex flex-col gap-3">
              {state.choices.map((c) => (
                <li key={c.id}>
                  <Button
                    size="main"
                    variant="secondary"
                    onPress={() => dispatch({ type: 'choose', id: c.id })}
                  >
                    {c.label}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <Form onSubmit={submitTyped} className="flex flex-col gap-3">
            <TextField
              label={t('type.label')}
              description={t('type.description')}
              value={typed}
              onChange={(v) => {
                setTyped(v);
                if (v.trim()) setTypedEmpty(false);
              }}
              isInvalid={typedEmpty}
              errorMessage={t('type.empty')}
            />
            <Button type="submit" className="self-start">
              {t('type.send')}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
