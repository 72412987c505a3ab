'use client';
import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useState } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Explain } from '@/components/ui/explain';
import { Message } from '@/components/ui/message';
import { reloadTo } from '@/lib/navigation';
import { api, type ApiProblem } from '@/lib/api-client';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'note'; text: string }
  | { kind: 'problem'; problem: ApiProblem };

/** The main way in: a passkey (fingerprint or face). Cancelling is not an error. */
export function PasskeySignIn() {
  const { t } = useTranslation('auth');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function signIn() {
    // The WebAuthn helpers load on the first press: the sign-in page stays light.
    const { browserSupportsWebAuthn, startAuthentication } =
      await import('@simplewebauthn/browser');
    if (!browserSupportsWebAuthn())
      return setState({ kind: 'note', text: t('passkey.unsupported') });
    setState({ kind: 'working' });
    const start = await api<{
      challengeId: string;
      options: PublicKeyCredentialRequestOptionsJSON;
    }>('/auth/passkey/options', { method: 'POST' });
    if (!start.ok) return setState({ kind: 'problem', problem: start.problem });
    let response;
    try {
      response = await startAuthentication({ optionsJSON: start.data.options });
    } catch (err) {
      const cancelled =
        err instanceof Error && (err.name === 'NotAllowedError' || err.name === 'AbortError');
      return setState({
        kind: 'note',
        text: t(cancelled ? 'passkey.cancelled' : 'passkey.failed'),
      });
    }
    const done = await api('/auth/passkey/verify', {
      method: 'POST',
      body: { challengeId: start.data.challengeId, response },
    });
    if (!done.ok) return setState({ kind: 'problem', problem: done.problem });
    reloadTo('/');
  }

  return (
    <div className="flex flex-col gap-4">
      <Button size="main" onPress={signIn} isPending={state.kind === 'working'}>
        <span aria-hidden="true">☝</span> {t('passkey.button')}
      </Button>
      {state.kind === 'working' && <Message tone="info">{t('passkey.working')}</Message>}
      {state.kind === 'note' && <Message tone="info">{state.text}</Message>}
      {state.kind === 'problem' && (
        <Message tone="error" title={state.problem.title}>
          {state.problem.detail}
        </Message>
      )}
      <Explain level={2} question={t('passkey.what')} answer={t('passkey.explain')} />
    </div>
  );
}
