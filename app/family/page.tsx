import { redirect } from 'next/navigation';
import { AskFamily } from '@/components/family/ask-family';
import { Explain } from '@/components/ui/explain';
import { Link } from '@/components/ui/link';
import { List, ListItem } from '@/components/ui/list';
import { accountsIHelpWith, grantsOnMyAccounts } from '@/server/access/grants';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';
import { GrantTerms, usedFigures } from './_components/grant-terms';

/** 138 0013 8002: a mainland mobile number in the groups people say it in. */
const spaced = (phone: string) =>
  /^1\d{10}$/.test(phone) ? phone.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3') : phone;

export default async function FamilyPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'family');
  const c = getT(locale, 'common');
  const w = getT(locale, 'wallet');
  const [helpers, helping] = await Promise.all([grantsOnMyAccounts(user), accountsIHelpWith(user)]);
  const nameOf = (p: { name: string; nameEn: string }) => (locale === 'en' ? p.nameEn : p.name);
  const person = (name: string, relation: string | null) => {
    const word = relation
      ? w(`relations.${relation}` as 'relations.daughter', { defaultValue: '' })
      : '';
    return word ? t('person', { name, relation: word }) : name;
  };
  const perMonth = (amount: string) => c('money.perMonth', { amount });
  const helperUsed = (used: number, limit: number | null) => {
    const f = usedFigures(used, limit, locale);
    return f.left === null
      ? t('helpers.usedNoLimit', { used: f.used })
      : t('helpers.used', { used: f.used, left: f.left });
  };
  const helpingUsed = (used: number, limit: number | null) => {
    const f = usedFigures(used, limit, locale);
    return f.left === null
      ? t('helping.usedNoLimit', { used: f.used })
      : t('helping.used', { used: f.used, left: f.left });
  };
  return (
    <>
      <h1 className="text-title">{t('title')}</h1>
      {helpers.length > 0 && (
        <AskFamily
          button={t('ask.button')}
          heading={t('ask.heading')}
          intro={t('ask.intro')}
          people={helpers.map((h) => {
            const name = nameOf(h.helper);
            return {
              key: h.grantId,
              call: h.helper.phone
                ? {
                    label: t('ask.call', { name, phone: spaced(h.helper.phone) }),
                    href: `tel:${h.helper.phone}`,
                  }
                : { note: t('ask.noPhone', { name }) },
            };
          })}
        />
      )}
      <section aria-labelledby="helpers-heading" className="flex flex-col gap-4">
        <h2 id="helpers-heading" className="text-title">
          {t('helpers.heading')}
        </h2>
        {helpers.length === 0 ? (
          <p>{t('helpers.none')}</p>
        ) : (
          <List label={t('helpers.listLabel')}>
            {helpers.map((h) => (
              <ListItem key={h.grantId}>
                <div className="flex flex-col gap-2">
                  <h3 className="text-title">{person(nameOf(h.helper), h.relation)}</h3>
                  <GrantTerms
                    intro={t('helpers.mayDo', { name: nameOf(h.helper) })}
                    scopes={h.scopes}
                    scopeWord={(s) => c(`scopes.${s}`)}
                    monthlyLimit={h.monthlyLimit}
                    perMonth={perMonth}
                    locale={locale}
                  />
                  <p>{helperUsed(h.usedThisMonth, h.monthlyLimit)}</p>
                </div>
              </ListItem>
            ))}
          </List>
        )}
      </section>
      {helping.length > 0 && (
        <section aria-labelledby="helping-heading" className="flex flex-col gap-4">
          <h2 id="helping-heading" className="text-title">
            {t('helping.heading')}
          </h2>
          <List label={t('helping.listLabel')}>
            {helping.map((h) => (
              <ListItem key={h.grantId}>
                <div className="flex flex-col gap-2">
                  <h3 className="text-title">{person(nameOf(h.owner), h.relation)}</h3>
                  <GrantTerms
                    intro={t('helping.mayDo')}
                    scopes={h.scopes}
                    scopeWord={(s) => t(`theirScopes.${s}`)}
                    monthlyLimit={h.monthlyLimit}
                    perMonth={perMonth}
                    locale={locale}
                  />
                  <p>{helpingUsed(h.usedThisMonth, h.monthlyLimit)}</p>
                  {h.scopes.includes('view') && (
                    <Link href="/money">{t('helping.seeMoney', { name: nameOf(h.owner) })}</Link>
                  )}
                </div>
              </ListItem>
            ))}
          </List>
        </section>
      )}
      <Explain question={t('explain.question')} answer={t('explain.answer')} />
    </>
  );
}
