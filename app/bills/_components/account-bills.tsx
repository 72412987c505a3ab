import { ActionLink } from '@/components/bills/action-link';
import { BillLink } from '@/components/bills/bill-link';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/lib/i18n/config';
import { formatDay } from '@/lib/bill-format';
import { formatMoney } from '@/lib/money';
import type { BillsOfAccount } from '@/server/bills/views';
import { getT } from '@/server/i18n/t';

/** One wallet's bills: what is due (each a link to its review), then what was paid. */
export function AccountBills({
  group,
  locale,
  withTitle,
}: {
  group: BillsOfAccount;
  locale: Locale;
  withTitle: boolean;
}) {
  const t = getT(locale, 'bills');
  const id = group.accountId;
  const H = withTitle ? 'h3' : 'h2';
  const type = (b: { billType: string }) => t(`types.${b.billType}` as 'types.electricity');
  const title =
    group.relation === 'own'
      ? t('list.ownHeading')
      : t('list.grantedHeading', { owner: group.ownerName });
  const addHref = group.relation === 'own' ? '/bills/add' : `/bills/add?account=${id}`;
  return (
    <section
      aria-labelledby={withTitle ? `bills-${id}` : undefined}
      aria-label={withTitle ? undefined : title}
      className="flex flex-col gap-6"
    >
      {withTitle && (
        <h2 id={`bills-${id}`} className="text-title">
          {title}
        </h2>
      )}
      <section aria-labelledby={`due-${id}`} className="flex flex-col gap-4">
        <H id={`due-${id}`} className="text-title">
          {t('list.dueHeading')}
        </H>
        {group.due.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <ul aria-label={`${title}: ${t('list.dueHeading')}`} className="flex flex-col gap-3">
            {group.due.map((b) => (
              <li key={b.id}>
                <BillLink
                  href={`/bills/${b.id}`}
                  what={t('list.what', { type: type(b), biller: b.biller })}
                  when={t('list.due', {
                    amount: formatMoney(b.amount.amount, locale),
                    date: formatDay(b.dueDate, locale),
                  })}
                />
              </li>
            ))}
          </ul>
        )}
        <ActionLink href={addHref} variant="secondary">
          <span aria-hidden="true">＋</span>
          {group.relation === 'own' ? t('list.add') : t('list.addFor', { owner: group.ownerName })}
        </ActionLink>
      </section>
      <section aria-labelledby={`paid-${id}`} className="flex flex-col gap-4">
        <H id={`paid-${id}`} className="text-title">
          {t('list.paidHeading')}
        </H>
        {group.paid.length === 0 ? (
          <p>{t('list.nonePaid')}</p>
        ) : (
          <ul aria-label={`${title}: ${t('list.paidHeading')}`} className="flex flex-col gap-3">
            {group.paid.map((b) => (
              <li key={b.id} className="rounded-xl border-2 border-line bg-surface p-4">
                <p className="font-bold">{t('list.what', { type: type(b), biller: b.biller })}</p>
                <p>
                  <span aria-hidden="true">✓ </span>
                  {t('list.paid', { amount: formatMoney(b.amount.amount, locale) })}
                </p>
                {b.receiptId && (
                  <Link href={`/receipts/${b.receiptId}`}>
                    {t('list.receipt', { type: type(b) })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
