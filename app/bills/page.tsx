import { redirect } from 'next/navigation';
import { ReadAloud } from '@/components/bills/read-aloud';
import type { Locale } from '@/lib/i18n/config';
import { formatDay } from '@/lib/bill-format';
import { amountSpoken } from '@/lib/money-words';
import { currentUser, pageLocale } from '@/server/auth/current';
import { billsToPay, type BillsOfAccount } from '@/server/bills/views';
import { getT } from '@/server/i18n/t';
import { AccountBills } from './_components/account-bills';

/** What "read it to me" says here: the bills still to pay, one after another. */
function spokenList(groups: BillsOfAccount[], locale: Locale): string {
  const t = getT(locale, 'bills');
  const due = groups.flatMap((g) => g.due);
  if (due.length === 0) return t('list.none');
  const items = due.map((b) =>
    t('list.spokenItem', {
      type: t(`types.${b.billType}` as 'types.electricity'),
      biller: b.biller,
      amount: amountSpoken(b.amount.amount, locale),
      date: formatDay(b.dueDate, locale),
    }),
  );
  return (
    t('list.spokenIntro') +
    items.join(locale === 'en' ? '; ' : '；') +
    (locale === 'en' ? '.' : '。')
  );
}

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
      <ReadAloud
        text={spokenList(groups, locale)}
        locale={locale}
        labels={{ button: t('read.button'), unavailable: t('read.unavailable') }}
      />
      {groups.map((g) => (
        <AccountBills key={g.accountId} group={g} locale={locale} withTitle={groups.length > 1} />
      ))}
    </>
  );
}
