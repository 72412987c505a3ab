'use client';
import {
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/browser';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { Switch } from '@/components/ui/switch';
import { reloadTo } from '@/lib/navigation';
import { api, type ApiProblem } from '@/lib/api-client';
import { locales, type Locale } from '@/lib/i18n/config';

type Note =
  { tone: 'success' | 'info'; text: string } | { tone: 'error'; problem: ApiProblem } | undefined;

export function SettingsForm(props: { careMode: boolean; locale: Locale; passkeys: number }) {
  const { t } = useTranslation('settings');
  const { t: c } = useTranslation('common');
  const router = useRouter();
  const [care, setCare] = useState(props.careMode);
  const [note, setNote] = useState<Note>();

  async function save(body: { careMode?: boolean; locale?: Locale }) {
    const res = await api('/me/settings', { method: 'PATCH', body });
    if (!res.ok) return setNote({ tone: 'error', problem: res.problem });
    // A new language or size re-renders the whole page on the server.
    if (body.locale) return window.location.reload();
    setNote({ tone: 'success', text: t('saved') });
    router.refresh();
  }

  async function addPasskey() {
    setNote(undefined);
    const start = await api<{
      challengeId: string;
      options: PublicKeyCredentialCreationOptionsJSON;
    }>('/me/passkeys/options', { method: 'POST' });
    if (!start.ok) return setNote({ tone: 'error', problem: start.problem });
    let response;
    try {
      response = await startRegistration({ optionsJSON: start.data.options });
    } catch {
      return setNote({ tone: 'info', text: t('passkey.description') });
    }
    const done = await api('/me/passkeys', {
      method: 'POST',
      body: { challengeId: start.data.challengeId, response },
    });
    if (!done.ok) return setNote({ tone: 'error', problem: done.problem });
    setNote({ tone: 'success', text: t('passkey.added') });
    router.refresh();
  }

  async function signOut() {
    await api('/auth/sign-out', { method: 'POST' });
    reloadTo('/sign-in');
  }

  return (
    <div className="flex flex-col gap-8">
      {note &&
        (note.tone === 'error' ? (
          <Message tone="error" title={note.problem.title}>
            {note.problem.detail}
          </Message>
        ) : (
          <Message tone={note.tone}>{note.text}</Message>
        ))}
      <section className="flex flex-col gap-2">
        <Switch
          isSelected={care}
          onChange={(v) => {
            setCare(v);
            void save({ careMode: v });
          }}
          label={t('careMode.label')}
          onText={t('careMode.on')}
          offText={t('careMode.off')}
        />
        <p className="text-ink-soft">{t('careMode.description')}</p>
      </section>
      <RadioGroup
        label={t('language.label')}
        description={t('language.description')}
        value={props.locale}
        onChange={(v) => void save({ locale: v as Locale })}
      >
        {locales.map((l) => (
          <Radio key={l} value={l}>
            <span lang={l}>{c(`languages.${l}`)}</span>
          </Radio>
        ))}
      </RadioGroup>
      <section aria-labelledby="passkey-heading" className="flex flex-col gap-3">
        <h2 id="passkey-heading" className="text-title">
          {t('passkey.heading')}
        </h2>
        <p>{t('passkey.description')}</p>
        <p>{t('passkey.count', { count: props.passkeys })}</p>
        <Button size="main" variant="secondary" onPress={addPasskey}>
          {t('passkey.add')}
        </Button>
      </section>
      <section aria-labelledby="signout-heading" className="flex flex-col gap-3">
        <h2 id="signout-heading" className="text-title">
          {t('signOut.heading')}
        </h2>
        <Button size="main" variant="danger" onPress={signOut}>
          {t('signOut.button')}
        </Button>
      </section>
    </div>
  );
}
