'use client';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { useRouter } from 'next/navigation';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { api, type ApiProblem } from '@/lib/api-client';

type Note = { tone: 'success' | 'info'; text: string } | { tone: 'error'; problem: ApiProblem };

/** Turn on fingerprint or face sign-in: registers a passkey for this person. */
export function PasskeySection({ count, onNote }: { count: number; onNote: (n: Note) => void }) {
  const { t } = useTranslation('settings');
  const router = useRouter();
  async function add() {
    const start = await api<{
      challengeId: string;
      options: PublicKeyCredentialCreationOptionsJSON;
    }>('/me/passkeys/options', { method: 'POST' });
    if (!start.ok) return onNote({ tone: 'error', problem: start.problem });
    let response;
    try {
      const { startRegistration } = await import('@simplewebauthn/browser');
      response = await startRegistration({ optionsJSON: start.data.options });
    } catch {
      return onNote({ tone: 'info', text: t('passkey.description') });
    }
    const done = await api('/me/passkeys', {
      method: 'POST',
      body: { challengeId: start.data.challengeId, response },
    });
    if (!done.ok) return onNote({ tone: 'error', problem: done.problem });
    onNote({ tone: 'success', text: t('passkey.added') });
    router.refresh();
  }
  return (
    <section aria-labelledby="passkey-heading" className="flex flex-col gap-3">
      <h2 id="passkey-heading" className="text-title">
        {t('passkey.heading')}
      </h2>
      <p>{t('passkey.description')}</p>
      <p>{t('passkey.count', { count })}</p>
      <Button size="main" variant="secondary" onPress={add}>
        {t('passkey.add')}
      </Button>
    </section>
  );
}
