'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { I18nProvider, type ClientResources } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { TextField } from '@/components/ui/text-field';
import type { Locale } from '@/lib/i18n/config';
import { stopSpeaking } from '@/lib/speech';
import { browserRecognizer, serverRecognizer, type Recognizer } from '@/lib/voice/recognizer';
import { MoneyStep } from './money-step';
import { useDialogue } from './use-dialogue';

type Phase = 'ready' | 'listening' | 'uploading' | 'heard' | 'notCaught' | 'denied' | 'noSpeech';

export interface VoicePanelProps {
  id: string;
  locale: Locale;
  /** Speech rate, 1 = normal. */
  rate: number;
  /** Whether the server has a recognizer (for browsers that can record but not recognize). */
  serverSpeech: boolean;
  /** Opened by the button (start listening at once) or by the wake phrase (say so first). */
  start: 'pressed' | 'woke';
  resources: ClientResources;
}

/**
 * The assistant's panel, in the page (a disclosure, never a pop-up): a big push-to-talk button,
 * the live caption, the assistant's line as text, answers as big buttons, and a text field to
 * type instead. Loaded on first use; closing it (unmounting) drops whatever was under way.
 */
export default function VoicePanel({ resources, ...props }: VoicePanelProps) {
  return (
    <I18nProvider locale={props.locale} resources={resources}>
      <Panel {...props} />
    </I18nProvider>
  );
}

// The parser and its dictionaries load with the panel's first use, not with every page.
let parser: Promise<typeof import('@/lib/voice/understand')> | undefined;
const loadParser = () => (parser ??= import('@/lib/voice/understand'));

function Panel({ id, locale, rate, serverSpeech, start }: Omit<VoicePanelProps, 'resources'>) {
  const { t } = useTranslation('voice');
  // The browser's recognizer, else the server's where one is configured, else typing only.
  const [recognizer] = useState<Recognizer | undefined>(
    () => browserRecognizer(locale) ?? (serverSpeech ? serverRecognizer() : undefined),
  );
  const autoListen = start === 'pressed' && recognizer !== undefined;
  const [phase, setPhase] = useState<Phase>(
    autoListen ? 'listening' : recognizer ? 'ready' : 'noSpeech',
  );
  const [caption, setCaption] = useState('');
  const [typed, setTyped] = useState('');
  const [typedEmpty, setTypedEmpty] = useState(false);
  const listening = useRef(false);
  const { state, dispatch, confirmRequest } = useDialogue(locale, rate, () => listen(), start);

  useEffect(() => {
    void loadParser();
    if (autoListen) begin();
    return () => {
      recognizer?.abort();
      stopSpeaking();
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  function understand(text: string) {
    setCaption(text);
    setPhase('heard');
    loadParser().then(
      (m) => {
        const { result, amount } = m.understand(text, locale);
        dispatch({ type: 'heard', text, result, amount });
      },
      () => {
        parser = undefined; // offline: try loading again next time
        setPhase('notCaught');
      },
    );
  }

  /** Starts the recognizer; what it hears comes back through the handlers. */
  function begin() {
    if (!recognizer) return;
    stopSpeaking();
    listening.current = true;
    recognizer.start({
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

  /** The push-to-talk button: a tap starts listening, another tap stops it. */
  function listen() {
    if (!recognizer) return setPhase('noSpeech');
    if (listening.current) {
      if (recognizer.kind === 'server') setPhase('uploading');
      return recognizer.stop();
    }
    setCaption('');
    setPhase('listening');
    begin();
  }

  function submitTyped(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = typed.trim();
    setTypedEmpty(!text);
    if (!text) return;
    setTyped('');
    recognizer?.abort();
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
    <section
      id={id}
      aria-labelledby={`${id}-h`}
      className="flex flex-col gap-5 rounded-2xl border-2 border-primary bg-paper p-4"
    >
      <h2 id={`${id}-h`} className="text-title">
        {t('heading')}
      </h2>
      {recognizer && (
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
  );
}
