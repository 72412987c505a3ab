import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import type { Scope } from '@/server/access/accounts';

/** What someone may do under a grant, as a plain list: the scopes, then the monthly limit. */
export function GrantTerms({
  intro,
  scopes,
  scopeWord,
  monthlyLimit,
  perMonth,
  locale,
}: {
  intro: string;
  scopes: Scope[];
  scopeWord: (s: Scope) => string;
  monthlyLimit: number | null;
  perMonth: (amount: string) => string;
  locale: Locale;
}) {
  return (
    <>
      <p>{intro}</p>
      <ul className="list-disc pl-8">
        {scopes.map((s) => (
          <li key={s}>{scopeWord(s)}</li>
        ))}
        {monthlyLimit !== null && <li>{perMonth(formatMoney(monthlyLimit, locale))}</li>}
      </ul>
    </>
  );
}

/** The money figures of "used this month": what was used and, under a limit, what is left. */
export function usedFigures(used: number, limit: number | null, locale: Locale) {
  return {
    used: formatMoney(used, locale),
    left: limit === null ? null : formatMoney(Math.max(0, limit - used), locale),
  };
}
