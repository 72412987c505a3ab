import { redirect } from 'next/navigation';
import { List, ListItem } from '@/components/ui/list';
import { Tile } from '@/components/ui/tile';
import { formatMoney } from '@/lib/money';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getT } from '@/server/i18n/t';
import { me } from '@/server/users/profile';

export default async function HomePage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'home');
  const c = getT(locale, 'common');
  const { accounts } = await me(user);
  const name = locale === 'en' ? user.name_en : user.name;
  return (
    <>
      <h1 className="text-title">{t('greeting', { name })}</h1>
      <section aria-labelledby="accounts-heading" className="flex flex-col gap-4">
        <h2 id="accounts-heading" className="text-title">
          {t('accountsHeading')}
        </h2>
        {accounts.length === 0 ? (
          <p>{t('noAccounts')}</p>
        ) : (
          <List label={t('accountsHeading')}>
            {accounts.map((a) => (
              <ListItem key={a.id}>
                <p className="font-bold">
                  {a.relation === 'own'
                    ? t('ownWallet')
                    : t('grantedWallet', { owner: a.ownerName })}
                </p>
                {a.relation === 'granted' && (
                  <>
                    <p>{t('youMay')}</p>
                    <ul className="list-disc pl-8">
                      {a.scopes.map((s) => (
                        <li key={s}>{c(`scopes.${s}`)}</li>
                      ))}
                      {a.monthlyLimit && (
                        <li>
                          {c('money.perMonth', {
                            amount: formatMoney(a.monthlyLimit.amount, locale),
                          })}
                        </li>
                      )}
                    </ul>
                  </>
                )}
              </ListItem>
            ))}
          </List>
        )}
      </section>
      <Tile href="/settings" icon="⚙" title={t('settingsTile')} hint={t('settingsTileHint')} />
    </>
  );
}
