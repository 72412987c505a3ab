'use client';
import { useRouter } from 'next/navigation';
import { useTranslation } from '@/components/i18n-provider';
import { PayStep } from '@/components/confirm/pay-step';
import { Message } from '@/components/ui/message';
import { formatDay, yuanDigits } from '@/lib/bill-format';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { amountInWords, amountSpoken } from '@/lib/money-words';
import { ReadAloud } from './read-aloud';

export interface BillReviewProps {
  locale: Locale;
  accountId: string;
  bill: {
    id: string;
    billType: string;
    biller: string;
    amount: number;
    customerNumber: string;
    dueDate: string;
  };
  /** Whose wallet pays, in words: "您的钱包" / "Wang Xiuying's wallet". */
  wallet: string;
  balance: number;
}

/** The one review step before a bill is paid: one sentence, the amount large, then PayStep. */
export function BillReview({ locale, accountId, bill, wallet, balance }: BillReviewProps) {
  const { t } = useTranslation('bills');
  const router = useRouter();
  const noun = t(`nouns.${bill.billType}` as 'nouns.electricity');
  const words = amountInWords(bill.amount, locale);
  const facts = { wallet, biller: bill.biller, noun };
  const sentence = t('review.sentence', { ...facts, amount: yuanDigits(bill.amount), words });
  const spoken = t('review.spoken', { ...facts, amount: amountSpoken(bill.amount, locale) });
  const summary = (
    <div className="flex flex-col gap-4">
      <p className="font-bold">{sentence}</p>
      <div className="rounded-xl border-2 border-line bg-paper p-4">
        <p>{t('review.amountLabel')}</p>
        <p className="text-amount font-bold">{formatMoney(bill.amount, locale)}</p>
        <p className="font-bold">{t('review.inWords', { words })}</p>
      </div>
      <p>{t('review.customerNumber', { number: bill.customerNumber })}</p>
      <p>{t('review.dueDate', { date: formatDay(bill.dueDate, locale) })}</p>
      <p>{t('review.balance', { wallet, amount: formatMoney(balance, locale) })}</p>
      {balance < bill.amount && <Message tone="info">{t('review.short', { wallet })}</Message>}
      <ReadAloud
        text={spoken}
        locale={locale}
        labels={{ button: t('read.button'), unavailable: t('read.unavailable') }}
      />
    </div>
  );
  return (
    <PayStep<{ payment: { receiptId: string } }>
      heading={t('review.heading')}
      summary={summary}
      confirmLabel={t('review.confirm')}
      cancelLabel={t('review.cancel')}
      onCancel={() => router.push('/bills')}
      path={`/accounts/${accountId}/bills/${bill.id}/payments`}
      onDone={(data) => router.push(`/receipts/${data.payment.receiptId}`)}
    />
  );
}
