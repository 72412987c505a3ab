import { redirect } from 'next/navigation';
import { currentUser, pageLocale } from '@/server/auth/current';
import { billsToPay } from '@/server/bills/views';
import { getT } from '@/server/i18n/t';
import { AccountBills } from './_components/account-bills';

export default async function BillsPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'bills');
  const groups = await billsToPay(user, locale);
  return (
    <>
      <h1 className="text-title">{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      {groups.map((g) => (
        <AccountBills key={g.accountId} group={g} locale={locale} withTitle={groups.length > 1} />
      ))}
    </>
  );
}
