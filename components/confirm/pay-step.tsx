'use client';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { ConfirmStep } from '@/components/ui/confirm-step';
import { Message } from '@/components/ui/message';
import { PinField } from '@/components/ui/pin-field';
import { api, type ApiProblem, type ApiResult } from '@/lib/api-client';
import { stepUpOptions, stepUpWithPasskey, stepUpWithPin } from './step-up';

export interface PayStepProps<T> {
  /** The review heading, e.g. "Please check". */
  heading: string;
  /** What will happen, in plain words (shown, and what read-aloud speaks). */
  summary: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** Path under /api/v1 that moves the money, and its JSON body (undefined for none). */
  path: string;
  body?: unknown;
  onDone: (data: T) => void;
  /** More words under a refusal, e.g. "The money was not sent." for insufficient funds. */
  problemNote?: (problem: ApiProblem) => ReactNode;
  /**
   * Presses confirm from outside when it goes up (the voice assistant's spoken "yes"); the
   * passkey or PIN is still asked for as usual.
   */
  confirmRequest?: number;
}

type State =
  | { kind: 'review' }
  | { kind: 'working' }
  | { kind: 'pin'; note?: string }
  | { kind: 'problem'; problem: ApiProblem };

/**
 * The last step before money moves: a review in the page (no pop-up), then the person's
 * fingerprint/face or PIN, then one request with an Idempotency-Key made once for this review.
 * A retry after a lost connection reuses the key, so the reply says for certain whether the
 * money moved, and it never moves twice.
 */
export function PayStep<T>(props: PayStepProps<T>) {
  const { t } = useTranslation('common');
  const key = useRef<string>(crypto.randomUUID());
  const canPin = useRef(false);
  const [state, setState] = useState<State>({ kind: 'review' });
  const [pin, setPin] = useState('');
  const pinHeadingId = useId();
  const confirmed = useRef(props.confirmRequest ?? 0);
  useEffect(() => {
    if (props.confirmRequest === undefined || props.confirmRequest <= confirmed.current) return;
    confirmed.current = props.confirmRequest;
    if (state.kind === 'review' || state.kind === 'problem') void confirm();
  }, [props.confirmRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  async function send() {
    setState({ kind: 'working' });
    let res: ApiResult<T> | undefined;
    for (let attempt = 0; attempt < 4 && !res; attempt++) {
      try {
        res = await api<T>(props.path, {
          method: 'POST',
          body: props.body,
          headers: { 'idempotency-key': key.current },
        });
      } catch {
        await new Promise((r) => setTimeout(r, 800 * (attempt + 1)));
      }
    }
    if (!res)
      return setState({
        kind: 'problem',
        problem: {
          status: 0,
          code: 'offline',
          title: t('offline.title'),
          detail: t('offline.detail'),
        },
      });
    if (res.ok) return props.onDone(res.data);
    // Ask for the PIN only when the person has one; otherwise show the server's words.
    if (res.problem.code === 'step_up_required' && canPin.current) return setState({ kind: 'pin' });
    setState({ kind: 'problem', problem: res.problem });
  }

  async function confirm() {
    setState({ kind: 'working' });
    const options = await stepUpOptions();
    if (!options.ok) return setState({ kind: 'problem', problem: options.problem });
    const { methods, passkey } = options.data;
    canPin.current = methods.includes('pin');
    if (passkey) {
      const r = await stepUpWithPasskey(passkey);
      if (r.ok) return send();
      if ('problem' in r) return setState({ kind: 'problem', problem: r.problem });
      if (methods.includes('pin'))
        return setState({ kind: 'pin', note: t('pay.passkeyCancelled') });
      return setState({
        kind: 'problem',
        problem: {
          status: 0,
          code: 'passkey_cancelled',
          title: t('pay.confirmWho'),
          detail: t('pay.passkeyCancelled'),
        },
      });
    }
    if (methods.includes('pin')) return setState({ kind: 'pin' });
    return send(); // no way to step up: the server allows small amounts and refuses the rest
  }

  async function submitPin(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setState({ kind: 'working' });
    const r = await stepUpWithPin(pin);
    setPin('');
    if (r.ok) return send();
    setState('problem' in r ? { kind: 'problem', problem: r.problem } : { kind: 'pin' });
  }

  if (state.kind === 'pin') {
    return (
      <Form onSubmit={submitPin} className="flex flex-col gap-5" aria-labelledby={pinHeadingId}>
        <h2 id={pinHeadingId} className="text-title">
          {t('pay.confirmWho')}
        </h2>
        {state.note && <Message tone="info">{state.note}</Message>}
        <PinField
          label={t('pay.pinLabel')}
          description={t('pay.pinHint')}
          value={pin}
          onChange={setPin}
          isRequired
          autoFocus
        />
        <Button type="submit" size="main">
          {t('pay.pinSubmit')}
        </Button>
        <Button size="main" variant="secondary" onPress={props.onCancel}>
          {props.cancelLabel}
        </Button>
      </Form>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {state.kind === 'problem' && (
        <Message tone="error" title={state.problem.title}>
          {state.problem.detail}
          {props.problemNote?.(state.problem)}
        </Message>
      )}
      {state.kind === 'working' && <Message tone="info">{t('pay.working')}</Message>}
      <ConfirmStep
        heading={props.heading}
        summary={props.summary}
        confirmLabel={props.confirmLabel}
        cancelLabel={props.cancelLabel}
        onConfirm={() => void confirm()}
        onCancel={props.onCancel}
        isPending={state.kind === 'working'}
      />
    </div>
  );
}
