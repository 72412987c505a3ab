import { notFound, redirect } from 'next/navigation';
import { ActionLink } from '@/components/bills/action-link';
import { BillReview } from '@/components/bills/bill-review';
import { I18nProvider } from '@/components/i18n-provider';
import { Message } from '@/components/ui/message';
import { currentUser, pageLocale } from '@/server/auth/current';
import { billForReview } from '@/server/bills/views';
import { AppError } from '@/server/http/problem';
import { pickResources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';

async function load(...args: Parameters<typeof billForReview>) {
  try {
    return await billForReview(...args);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export default async function BillPage({ params }: { params: Promise<{ billId: string }> }) {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'bills');
  const view = await load(user, (await params).billId, locale);
  const { bill } = view;
  const noun = t(`nouns.${bill.billType}` as 'nouns.electricity');
  const wallet =
    view.relation === 'own'
      ? t('review.yourWallet')
      : t('review.ownerWallet', { owner: view.ownerName });
  return (
    <>
      <h1 className="text-title">{t('review.title', { noun })}</h1>
      {bill.status === 'paid' ? (
        <>
          <Message tone="success">{t('review.alreadyPaid')}</Message>
          {view.receiptId && (
            <ActionLink href={`/receipts/${view.receiptId}`}>{t('review.seeReceipt')}</ActionLink>
          )}
          <ActionLink href="/bills" variant="secondary">
            {t('review.back')}
          </ActionLink>
        </>
      ) : !view.mayPay ? (
        <>
          <Message tone="info">{t('review.notAllowed')}</Message>
          <ActionLink href="/bills" variant="secondary">
            {t('review.back')}
          </ActionLink>
        </>
      ) : (
        <I18nProvider locale={locale} resources={pickResources(locale, ['bills', 'common'])}>
          <BillReview
            locale={locale}
            accountId={view.accountId}
            bill={{
              id: bill.id,
              billType: bill.billType,
              biller: bill.biller,
              amount: bill.amount.amount,
              customerNumber: bill.customerNumber,
              dueDate: bill.dueDate,
            }}
            wallet={wallet}
            balance={view.balance}
          />
        </I18nProvider>
      )}
    </>
  );
}
