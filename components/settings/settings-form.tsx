'use client';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { SearchField } from '@/components/ui/search-field';
import { Switch } from '@/components/ui/switch';
import { api, type ApiProblem } from '@/lib/api-client';
import { locales, type Locale } from '@/lib/i18n/config';
import { reloadTo } from '@/lib/navigation';
import { hasBrowserRecognition } from '@/lib/voice/recognizer';
import { PasskeySection } from './passkey-section';

type Note =
  { tone: 'success' | 'info'; text: string } | { tone: 'error'; problem: ApiProblem } | undefined;
export interface SettingsValues {
  careMode: boolean;
  locale: Locale;
  textSize: number;
  speechRate: number;
  marketing: boolean;
  alwaysListening: boolean;
  passkeys: number;
}
type Change = Partial<{
  careMode: boolean;
  locale: Locale;
  textSize: number;
  speechRate: number;
  marketing: boolean;
  alwaysListening: boolean;
}>;
const noSubscription = () => () => undefined;

export function SettingsForm(props: SettingsValues) {
  const { t } = useTranslation('settings');
  const { t: c } = useTranslation('common');
  const router = useRouter();
  const [care, setCare] = useState(props.careMode);
  const [query, setQuery] = useState('');
  const [note, setNote] = useState<Note>();
  const canListen = useSyncExternalStore(noSubscription, hasBrowserRecognition, () => true);

  async function save(body: Change) {
    const res = await api('/me/settings', { method: 'PATCH', body });
    if (!res.ok) return setNote({ tone: 'error', problem: res.problem });
    if (body.locale) return window.location.reload(); // the whole page in the new language
    setNote({ tone: 'success', text: t('saved') });
    router.refresh();
  }

  const q = query.trim().toLowerCase();
  const show = (id: keyof typeof keywords) =>
    !q || `${keywords[id]} ${t(`${id}.label` as 'careMode.label')}`.toLowerCase().includes(q);
  const keywords = {
    careMode: t('keywords.careMode'),
    textSize: t('keywords.textSize'),
    speech: t('keywords.speech'),
    marketing: t('keywords.marketing'),
    voice: t('keywords.voice'),
    language: t('keywords.language'),
    passkey: t('keywords.passkey'),
    signOut: t('keywords.signOut'),
  };
  const sections: [keyof typeof keywords, ReactNode][] = [
    [
      'careMode',
      <Section key="c">
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
      </Section>,
    ],
    [
      'textSize',
      <RadioGroup
        key="t"
        label={t('textSize.label')}
        description={t('textSize.description')}
        value={String(props.textSize)}
        onChange={(v) => void save({ textSize: Number(v) })}
      >
        {(['1', '2', '3'] as const).map((s) => (
          <Radio key={s} value={s}>
            {t(`textSize.${s}`)}
          </Radio>
        ))}
      </RadioGroup>,
    ],
    [
      'speech',
      <RadioGroup
        key="s"
        label={t('speech.label')}
        description={t('speech.description')}
        value={String(props.speechRate)}
        onChange={(v) => void save({ speechRate: Number(v) })}
      >
        {(['70', '85', '100'] as const).map((s) => (
          <Radio key={s} value={s}>
            {t(`speech.${s}`)}
          </Radio>
        ))}
      </RadioGroup>,
    ],
    [
      'marketing',
      <Section key="m">
        <Switch
          isSelected={props.marketing && !care}
          isDisabled={care}
          onChange={(v) => void save({ marketing: v })}
          label={t('marketing.label')}
          onText={t('marketing.on')}
          offText={t('marketing.off')}
        />
        <p className="text-ink-soft">{care ? t('marketing.locked') : t('marketing.description')}</p>
      </Section>,
    ],
    [
      'voice',
      <Section key="v">
        <Switch
          isSelected={props.alwaysListening}
          onChange={(v) => void save({ alwaysListening: v })}
          label={t('voice.label')}
          onText={t('voice.on')}
          offText={t('voice.off')}
        />
        <p className="text-ink-soft">{t('voice.description')}</p>
        {!canListen && <p className="font-bold">{t('voice.unsupported')}</p>}
      </Section>,
    ],
    [
      'language',
      <RadioGroup
        key="l"
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
      </RadioGroup>,
    ],
    ['passkey', <PasskeySection key="p" count={props.passkeys} onNote={setNote} />],
    [
      'signOut',
      <Section key="o">
        <h2 className="text-title">{t('signOut.heading')}</h2>
        <Button
          size="main"
          variant="danger"
          onPress={async () => {
            await api('/auth/sign-out', { method: 'POST' });
            reloadTo('/sign-in');
          }}
        >
          {t('signOut.button')}
        </Button>
      </Section>,
    ],
  ];
  const visible = sections.filter(([id]) => show(id));

  return (
    <div className="flex flex-col gap-8">
      <SearchField
        label={t('search.label')}
        description={t('search.description')}
        clearLabel={t('search.clear')}
        value={query}
        onChange={setQuery}
      />
      {note &&
        (note.tone === 'error' ? (
          <Message tone="error" title={note.problem.title}>
            {note.problem.detail}
          </Message>
        ) : (
          <Message tone={note.tone}>{note.text}</Message>
        ))}
      {visible.length === 0 ? (
        <p role="status">{t('search.none')}</p>
      ) : (
        visible.map(([, node]) => node)
      )}
    </div>
  );
}

function Section({ children }: { children: ReactNode }) {
  return <section className="flex flex-col gap-2">{children}</section>;
}
