import { notFound, redirect } from 'next/navigation';
import { ActionLink } from '@/components/bills/action-link';
import { ReadAloud } from '@/components/bills/read-aloud';
import { Link } from '@/components/ui/link';
import { formatInstant } from '@/lib/bill-format';
import { formatMoney } from '@/lib/money';
import { amountInWords, amountSpoken } from '@/lib/money-words';
import { currentUser, pageLocale } from '@/server/auth/current';
import { AppError } from '@/server/http/problem';
import { getT } from '@/server/i18n/t';
import { receiptView } from '@/server/receipts/view';
import { byWords } from './by-words';

async function load(...args: Parameters<typeof receiptView>) {
  try {
    return await receiptView(...args);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') notFound();
    throw err;
  }
}

export default async function ReceiptPage({ params }: { params: Promise<{ receiptId: string }> }) {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  const locale = await pageLocale(user);
  const t = getT(locale, 'bills');
  const r = await load(user, (await params).receiptId, locale);
  const what =
    r.kind === 'bill_payment' && r.billType
      ? t(`types.${r.billType}` as 'types.electricity')
      : t(r.kind === 'transfer' ? 'receipt.kindTransfer' : 'receipt.kindTopup');
  const rows: [string, string][] = [
    [t('receipt.what'), what],
    [t('receipt.to'), r.to],
    ...(r.customerNumber
      ? [[t('receipt.customerNumber'), r.customerNumber] as [string, string]]
      : []),
    [t('receipt.when'), t('receipt.time', { time: formatInstant(r.createdAt, locale) })],
    [t('receipt.who'), byWords(r.by, locale)],
    [t('receipt.number'), r.id],
  ];
  const spoken = t('receipt.spoken', { what, to: r.to, amount: amountSpoken(r.amount, locale) });
  return (
    <>
      <div className="flex flex-col gap-2 rounded-2xl border-2 border-success bg-success-surface p-5 text-success">
        <h1 className="text-title">
          <span aria-hidden="true">✓ </span>
          {r.kind === 'bill_payment' ? t('receipt.paid') : t('receipt.done')}
        </h1>
        <p>{t('receipt.intro')}</p>
      </div>
      <section aria-label={t('receipt.amount')} className="flex flex-col gap-1">
        <p>{t('receipt.amount')}</p>
        <p className="text-amount font-bold">{formatMoney(r.amount, locale)}</p>
        <p className="font-bold">
          {t('receipt.inWords', { words: amountInWords(r.amount, locale) })}
        </p>
      </section>
      <dl className="flex flex-col gap-4">
        {rows.map(([term, value]) => (
          <div key={term} className="flex flex-col border-b-2 border-line pb-3">
            <dt className="text-ink-soft">{term}</dt>
            <dd className="break-words font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      <ReadAloud
        text={spoken}
        locale={locale}
        labels={{ button: t('read.button'), unavailable: t('read.unavailable') }}
      />
      <Link href={`/api/v1/receipts/${r.id}/pdf`} download={`${r.id}.pdf`}>
        {t('receipt.pdf')}
      </Link>
      <Link href="/bills">{t('receipt.bills')}</Link>
      <ActionLink href="/">{t('receipt.home')}</ActionLink>
    </>
  );
}
