import { redirect } from 'next/navigation';
import { Tile } from '@/components/ui/tile';
import { formatMoney } from '@/lib/money';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getDb } from '@/server/db/client';
import { getT } from '@/server/i18n/t';
import { me } from '@/server/users/profile';
import { account } from '@/server/wallet/history';

const TILES = [
  { key: 'payBills', href: '/bills', icon: '▤' },
  { key: 'money', href: '/money', icon: '¥' },
  { key: 'payCode', href: '/pay-code', icon: '▦' },
  { key: 'send', href: '/send', icon: '↗' },
  { key: 'family', href: '/family', icon: '♥' },
  { key: 'help', href: '/help', icon: '?' },
] as const;

/**
 * Home: a greeting and at most six large tiles for the most-used jobs, in a list (care mode) or
 * a grid of two columns on a wide screen (standard mode; the tile width is a token).
 */
export default async function HomePage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'home');
  const own = (await me(user)).accounts.find((a) => a.relation === 'own');
  const balance = own ? (await account(await getDb(), user, own.id)).balance.amount : 0;
  const name = locale === 'en' ? user.name_en : user.name;
  return (
    <>
      <h1 className="text-title">{t('greeting', { name })}</h1>
      <ul
        aria-label={t('tilesLabel')}
        className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,var(--tile-min)),1fr))] gap-4"
      >
        {TILES.map((tile) => (
          <li key={tile.key}>
            <Tile
              href={tile.href}
              icon={tile.icon}
              title={t(`tiles.${tile.key}.title`)}
              hint={t(`tiles.${tile.key}.hint`, { balance: formatMoney(balance, locale) })}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
