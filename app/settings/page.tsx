import { redirect } from 'next/navigation';
import { I18nProvider } from '@/components/i18n-provider';
import { SettingsForm } from '@/components/settings/settings-form';
import { currentUser, pageLocale } from '@/server/auth/current';
import { countPasskeys } from '@/server/auth/passkeys';
import { pickResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';

export default async function SettingsPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'settings');
  return (
    <I18nProvider locale={locale} resources={pickResources(locale, ['settings', 'common'])}>
      <h1 className="text-title">{t('title')}</h1>
      <SettingsForm
        careMode={user.care_mode === 1}
        locale={locale}
        textSize={user.text_size}
        speechRate={user.speech_rate}
        marketing={user.marketing === 1}
        alwaysListening={user.voice_always_listening === 1}
        passkeys={await countPasskeys(user.id)}
      />
    </I18nProvider>
  );
}
