import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';

/** What someone may do under a grant, as a plain list: each scope, then the monthly limit. */
export function GrantTerms({
  intro,
  items,
  limit,
}: {
  intro: string;
  items: string[];
  limit: string | null;
}) {
  return (
    <>
      <p>{intro}</p>
      <ul className="list-disc pl-8">
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
        {limit && <li>{limit}</li>}
      </ul>
    </>
  );
}

/** The money figures of a grant this month: the limit, what was used and what is left. */
export function usedFigures(used: number, limit: number | null, locale: Locale) {
  return {
    limit: limit === null ? null : formatMoney(limit, locale),
    used: formatMoney(used, locale),
    left: limit === null ? null : formatMoney(Math.max(0, limit - used), locale),
  };
}
