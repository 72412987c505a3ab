import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';

export default async function HelpPage() {
  const locale = await pageLocale(await currentUser());
  const t = getT(locale, 'common');
  return (
    <>
      <h1 className="text-title">{t('help.title')}</h1>
      <p>{t('help.body')}</p>
    </>
  );
}
