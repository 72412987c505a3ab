import { notFound, redirect } from 'next/navigation';
import { I18nProvider } from '@/components/i18n-provider';
import { SendFlow } from '@/components/send/send-flow';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getDb } from '@/server/db/client';
import { pickResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';
import { sendView } from '@/server/transfers/send-view';

export default async function SendToContactPage({
  params,
}: {
  params: Promise<{ contactId: string }>;
}) {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const { contactId } = await params;
  const locale = await pageLocale(user);
  const t = getT(locale, 'send');
  const view = await sendView(await getDb(), user, locale);
  const contact = view?.contacts.find((c) => c.id === contactId);
  if (!view || !contact) notFound();
  const who = contact.relation
    ? t('who', { relation: contact.relation, name: contact.name })
    : contact.name;
  return (
    <I18nProvider locale={locale} resources={pickResources(locale, ['send', 'common'])}>
      <h1 className="text-title">{t('heading', { who })}</h1>
      <SendFlow
        locale={locale}
        accountId={view.accountId}
        balance={view.balance}
        contact={{ id: contact.id, savedName: contact.savedName }}
        who={who}
      />
    </I18nProvider>
  );
}
