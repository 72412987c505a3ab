import { redirect } from 'next/navigation';
import { DemoPersonas } from '@/components/auth/demo-personas';
import { PasskeySignIn } from '@/components/auth/passkey-sign-in';
import { PinSignIn } from '@/components/auth/pin-sign-in';
import { I18nProvider } from '@/components/i18n-provider';
import { currentUser, pageLocale } from '@/server/auth/current';
import { env } from '@/server/env';
import { pickResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';

export default async function SignInPage() {
  const user = await currentUser();
  if (user) redirect('/');
  const locale = await pageLocale();
  const t = getT(locale, 'auth');
  return (
    <I18nProvider locale={locale} resources={pickResources(locale, ['auth'])}>
      <h1 className="text-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <PasskeySignIn />
      {env().ANXIN_DEMO && <DemoPersonas />}
      <PinSignIn />
    </I18nProvider>
  );
}
