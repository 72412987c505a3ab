import { Link } from '@/components/ui/link';
import { List, ListItem } from '@/components/ui/list';
import type { Locale } from '@/lib/i18n/config';
import type { Helper, Helping } from '@/server/access/grants';
import { getT } from '@/server/i18n/t';
import { GrantTerms, usedFigures } from './grant-terms';

export const nameIn = (p: { name: string; nameEn: string }, locale: Locale) =>
  locale === 'en' ? p.nameEn : p.name;

/** "李娜（您的女儿）" when the user saved them with a relation, else the name alone. */
function person(name: string, relation: string | null, locale: Locale) {
  const word = relation
    ? getT(locale, 'wallet')(`relations.${relation}` as 'relations.daughter', { defaultValue: '' })
    : '';
  return word ? getT(locale, 'family')('person', { name, relation: word }) : name;
}

/** The owner's view: each family member who may help, what they may do, and what they used. */
export function HelpersSection({ helpers, locale }: { helpers: Helper[]; locale: Locale }) {
  const t = getT(locale, 'family');
  const c = getT(locale, 'common');
  return (
    <section aria-labelledby="helpers-heading" className="flex flex-col gap-4">
      <h2 id="helpers-heading" className="text-title">
        {t('helpers.heading')}
      </h2>
      {helpers.length === 0 ? (
        <p>{t('helpers.none')}</p>
      ) : (
        <List label={t('helpers.listLabel')}>
          {helpers.map((h) => {
            const name = nameIn(h.helper, locale);
            const f = usedFigures(h.usedThisMonth, h.monthlyLimit, locale);
            return (
              <ListItem key={h.grantId}>
                <div className="flex flex-col gap-2">
                  <h3 className="text-title">{person(name, h.relation, locale)}</h3>
                  <GrantTerms
                    intro={t('helpers.mayDo', { name })}
                    items={h.scopes.map((s) => c(`scopes.${s}`))}
                    limit={f.limit && c('money.perMonth', { amount: f.limit })}
                  />
                  <p>
                    {f.left === null
                      ? t('helpers.usedNoLimit', { used: f.used })
                      : t('helpers.used', { used: f.used, left: f.left })}
                  </p>
                </div>
              </ListItem>
            );
          })}
        </List>
      )}
    </section>
  );
}

/** A helper's view: whose wallets they help with, what they may do, and what they used. */
export function HelpingSection({ helping, locale }: { helping: Helping[]; locale: Locale }) {
  const t = getT(locale, 'family');
  const c = getT(locale, 'common');
  return (
    <section aria-labelledby="helping-heading" className="flex flex-col gap-4">
      <h2 id="helping-heading" className="text-title">
        {t('helping.heading')}
      </h2>
      <List label={t('helping.listLabel')}>
        {helping.map((h) => {
          const name = nameIn(h.owner, locale);
          const f = usedFigures(h.usedThisMonth, h.monthlyLimit, locale);
          return (
            <ListItem key={h.grantId}>
              <div className="flex flex-col gap-2">
                <h3 className="text-title">{person(name, h.relation, locale)}</h3>
                <GrantTerms
                  intro={t('helping.mayDo')}
                  items={h.scopes.map((s) => t(`theirScopes.${s}`))}
                  limit={f.limit && c('money.perMonth', { amount: f.limit })}
                />
                <p>
                  {f.left === null
                    ? t('helping.usedNoLimit', { used: f.used })
                    : t('helping.used', { used: f.used, left: f.left })}
                </p>
                {h.scopes.includes('view') && (
                  <Link href="/money">{t('helping.seeMoney', { name })}</Link>
                )}
              </div>
            </ListItem>
          );
        })}
      </List>
    </section>
  );
}
