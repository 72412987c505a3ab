import { notFound, redirect } from 'next/navigation';
import { AddByNumber } from '@/components/bills/add-by-number';
import { ScanCode } from '@/components/bills/scan-code';
import { I18nProvider } from '@/components/i18n-provider';
import { Link } from '@/components/ui/link';
import { currentUser, pageLocale } from '@/server/auth/current';
import { BILL_TYPES } from '@/server/bills/directory';
import { billAccountTarget } from '@/server/bills/views';
import { AppError } from '@/server/http/problem';
import { pickResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';

async function target(...args: Parameters<typeof billAccountTarget>) {
  try {
    return await billAccountTarget(...args);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export default async function AddBillPage({
  searchParams,
}: {
  searchParams: Promise<{ account?: string | string[] }>;
}) {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'bills');
  const { account } = await searchParams;
  const to = await target(user, locale, typeof account === 'string' ? account : undefined);
  return (
    <I18nProvider locale={locale} resources={pickResources(locale, ['bills', 'common'])}>
      <h1 className="text-title">{t('add.title')}</h1>
      <p>{t('add.intro')}</p>
      {to.relation === 'granted' && <p>{t('add.forOwner', { owner: to.ownerName })}</p>}
      <section aria-labelledby="by-number" className="flex flex-col gap-4">
        <h2 id="by-number" className="text-title">
          {t('add.numberHeading')}
        </h2>
        <AddByNumber accountId={to.accountId} billTypes={[...BILL_TYPES]} />
      </section>
      <section aria-labelledby="by-scan" className="flex flex-col gap-4">
        <h2 id="by-scan" className="text-title">
          {t('add.scanHeading')}
        </h2>
        <p>{t('add.scanIntro')}</p>
        <ScanCode accountId={to.accountId} />
      </section>
      <Link href="/bills">{t('review.back')}</Link>
    </I18nProvider>
  );
}
