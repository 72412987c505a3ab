import { redirect } from 'next/navigation';
import { chinaMonth, parseMonth } from '@/lib/china-time';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';
import { moneyOverview } from '@/server/money/overview';
import { AccountSection } from './_components/account-section';

export default async function MoneyPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string | string[] }>;
}) {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'money');
  const thisMonth = chinaMonth();
  const asked = parseMonth((await searchParams).month);
  // No month yet to come: a later month shows this one.
  const month = asked && asked <= thisMonth ? asked : thisMonth;
  const accounts = await moneyOverview(user, month, locale);
  return (
    <>
      <h1 className="text-title">{t('title')}</h1>
      {!accounts.some((a) => a.relation === 'own') && <p>{t('noWallet')}</p>}
      {accounts.map((a, i) => (
        <AccountSection
          key={a.id}
          account={a}
          month={month}
          thisMonth={thisMonth}
          locale={locale}
          explain={i === 0}
        />
      ))}
    </>
  );
}
