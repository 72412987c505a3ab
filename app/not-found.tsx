import { Link } from '@/components/ui/link';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';

export default async function NotFound() {
  const locale = await pageLocale(await currentUser());
  const t = getT(locale, 'common');
  return (
    <>
      <h1 className="text-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
