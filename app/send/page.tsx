import { redirect } from 'next/navigation';
import { ContactLink } from '@/components/send/contact-link';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getDb } from '@/server/db/client';
import { getT } from '@/server/i18n/t';
import { sendView } from '@/server/transfers/send-view';

export default async function SendPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'send');
  const view = await sendView(await getDb(), user, locale);
  return (
    <>
      <h1 className="text-title">{t('title')}</h1>
      {!view ? (
        <p>{t('list.noWallet')}</p>
      ) : view.contacts.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <section aria-labelledby="who-heading" className="flex flex-col gap-4">
          <h2 id="who-heading" className="text-title">
            {t('list.question')}
          </h2>
          <ul aria-label={t('list.label')} className="flex flex-col gap-4">
            {view.contacts.map((c) => (
              <li key={c.id}>
                <ContactLink
                  href={`/send/${encodeURIComponent(c.id)}`}
                  name={c.name}
                  label={
                    c.relation ? t('list.contact', { name: c.name, relation: c.relation }) : c.name
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
