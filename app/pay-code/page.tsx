import { redirect } from 'next/navigation';
import { PayCodePanel } from '@/components/paycode/pay-code-panel';
import { Explain } from '@/components/ui/explain';
import { currentUser, pageLocale } from '@/server/auth/current';
import { getDb } from '@/server/db/client';
import { AppError } from '@/server/http/problem';
import { getT } from '@/server/i18n/t';
import { issuePayCode, type PayCode } from '@/server/paycode/paycode';

/** Rendered only for a signed-in person; the code itself is never cached anywhere. */
export default async function PayCodePage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'paycode');
  let initial: PayCode | undefined;
  try {
    initial = await issuePayCode((await getDb()).kysely, user);
  } catch (e) {
    if (!(e instanceof AppError)) throw e; // no wallet of their own
  }
  return (
    <>
      <h1 className="text-title">{t('title')}</h1>
      {initial ? (
        <PayCodePanel
          initial={initial}
          labels={{
            show: t('show'),
            qrLabel: t('qrLabel'),
            numberLabel: t('numberLabel'),
            alwaysValid: t('alwaysValid'),
            refresh: t('refresh'),
            refreshed: t('refreshed'),
            signedOut: {
              title: t('signedOut.title'),
              body: t('signedOut.body'),
              link: t('signedOut.link'),
            },
            failed: { title: t('failed.title'), body: t('failed.body') },
          }}
        />
      ) : (
        <p>{t('noWallet')}</p>
      )}
      <p className="rounded-xl border-2 border-line bg-surface p-4">
        <span aria-hidden="true" className="pr-2">
          ☀
        </span>
        {t('brightness')}
      </p>
      <Explain level={2} question={t('explain.question')} answer={t('explain.answer')} />
    </>
  );
}
