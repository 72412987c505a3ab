import { Link } from '@/components/ui/link';
import { monthLabel, shiftMonth } from '@/lib/china-time';
import type { Locale } from '@/lib/i18n/config';
import { getT } from '@/server/i18n/t';

const big = 'rounded-xl border-2 border-line px-4 py-1';

/** Which month is shown, and large links to the month before and after (never the future). */
export function MonthLinks({
  month,
  thisMonth,
  locale,
}: {
  month: string;
  thisMonth: string;
  locale: Locale;
}) {
  const t = getT(locale, 'money');
  const prev = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <div className="flex flex-col gap-3">
      <p className="font-bold">{t('month.showing', { month: monthLabel(month, locale) })}</p>
      <div className="flex flex-wrap gap-4">
        <Link href={`/money?month=${prev}`} className={big}>
          <span aria-hidden="true" className="pr-2">
            ‹
          </span>
          {t('month.previous', { month: monthLabel(prev, locale) })}
        </Link>
        {next <= thisMonth && (
          <Link href={`/money?month=${next}`} className={big}>
            {t('month.next', { month: monthLabel(next, locale) })}
            <span aria-hidden="true" className="pl-2">
              ›
            </span>
          </Link>
        )}
      </div>
    </div>
  );
}
