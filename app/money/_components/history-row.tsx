import { ListItem } from '@/components/ui/list';
import { Link } from '@/components/ui/link';
import { friendlyWhen } from '@/lib/china-time';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { getT } from '@/server/i18n/t';
import type { MoneyRow, Who } from '@/server/money/overview';

function whoText(who: Who, locale: Locale): string {
  const t = getT(locale, 'money');
  if (who.kind === 'you') return t('who.you');
  if (who.kind === 'person') return who.name;
  const w = getT(locale, 'wallet');
  const relation = w(`relations.${who.relation}` as 'relations.daughter', {
    defaultValue: '',
  });
  return relation ? t('who.kin', { relation, name: who.name }) : who.name;
}

/** One line of history: what, how much (a word and a sign, not colour alone), when, and who. */
export function HistoryRow({ row, locale }: { row: MoneyRow; locale: Locale }) {
  const t = getT(locale, 'money');
  const incoming = row.direction === 'in';
  const when = friendlyWhen(row.createdAt, locale);
  return (
    <ListItem>
      <div className="flex flex-col gap-1">
        <p className="font-bold">{row.description}</p>
        <p className={incoming ? 'font-bold text-success' : 'font-bold'}>
          {t(incoming ? 'history.in' : 'history.out')}{' '}
          <span className="whitespace-nowrap">
            {incoming ? '+' : '−'}
            {formatMoney(row.amount, locale)}
          </span>
        </p>
        <p>
          <time dateTime={row.createdAt}>
            {when.relative
              ? t(`day.${when.relative}`, { time: when.time })
              : t('day.other', { date: when.date, time: when.time })}
          </time>
        </p>
        <p>{t('history.who', { who: whoText(row.who, locale) })}</p>
        {row.receiptId && (
          <Link
            href={`/receipts/${row.receiptId}`}
            aria-label={t('history.receiptFor', { what: row.description })}
          >
            {t('history.receipt')}
          </Link>
        )}
      </div>
    </ListItem>
  );
}
