import { Explain } from '@/components/ui/explain';
import { List } from '@/components/ui/list';
import { amountInWords } from '@/lib/money-words';
import { formatMoney } from '@/lib/money';
import { monthLabel } from '@/lib/china-time';
import type { Locale } from '@/lib/i18n/config';
import { getT } from '@/server/i18n/t';
import type { MoneyAccount } from '@/server/money/overview';
import { HistoryRow } from './history-row';
import { MonthLinks } from './month-links';

/** One wallet: its balance, large, in digits and in words; then one month of money in and out. */
export function AccountSection({
  account,
  month,
  thisMonth,
  locale,
  explain,
}: {
  account: MoneyAccount;
  month: string;
  thisMonth: string;
  locale: Locale;
  explain: boolean;
}) {
  const t = getT(locale, 'money');
  const own = account.relation === 'own';
  const heading = own ? t('ownWallet') : t('theirWallet', { name: account.ownerName });
  const id = `wallet-${account.id}`;
  const label = monthLabel(month, locale);
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-title">
        {heading}
      </h2>
      {!own && <p>{t('theirWalletNote', { name: account.ownerName })}</p>}
      <div className="flex flex-col gap-1 rounded-2xl border-2 border-line bg-surface p-5">
        <p className="font-bold">{t('balance')}</p>
        <p className="text-amount font-bold break-words">{formatMoney(account.balance, locale)}</p>
        <p>
          {t('inWords', {
            words: account.balance > 0 ? amountInWords(account.balance, locale) : t('zero'),
          })}
        </p>
      </div>
      {explain && (
        <Explain question={t('explainBalance.question')} answer={t('explainBalance.answer')} />
      )}
      <h3 className="text-title">{t('history.heading')}</h3>
      <MonthLinks month={month} thisMonth={thisMonth} locale={locale} />
      {account.rows.length === 0 ? (
        <p>{t('history.empty', { month: label })}</p>
      ) : (
        <List label={`${heading}：${t('history.listLabel', { month: label })}`}>
          {account.rows.map((row) => (
            <HistoryRow key={row.id} row={row} locale={locale} />
          ))}
        </List>
      )}
    </section>
  );
}
