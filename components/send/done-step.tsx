'use client';
import { Link as AriaLink } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { Button, buttonStyles } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { mainAction } from '@/components/ui/styles';
import type { Locale } from '@/lib/i18n/config';
import { amountInWords } from '@/lib/money-words';
import { yuanDigits } from '@/lib/send-amount';
import { speak } from '@/lib/speech';
import type { SentTransfer } from './review-step';

/** A calm end: sent, to whom, how much in digits and words, the receipt, and the way home. */
export function DoneStep(props: { locale: Locale; who: string; transfer: SentTransfer }) {
  const { t } = useTranslation('send');
  const fen = props.transfer.amount.amount;
  const sent = t('done.sent', {
    who: props.who,
    amount: yuanDigits(fen, props.locale),
    words: amountInWords(fen, props.locale),
  });
  return (
    <section
      aria-labelledby="step-heading"
      className="flex flex-col gap-5 rounded-2xl border-2 border-success bg-success-surface p-5"
    >
      <h2 id="step-heading" className="text-title text-success">
        <span aria-hidden="true">✓ </span>
        {t('done.heading')}
      </h2>
      <p className="font-bold">{sent}</p>
      <Button
        variant="secondary"
        className="self-start"
        onPress={() => speak(`${t('done.heading')}. ${sent}`, props.locale)}
      >
        {t('review.listen')}
      </Button>
      <Link
        href={`/receipts/${encodeURIComponent(props.transfer.receiptId)}`}
        className="self-start"
      >
        {t('done.receipt')}
      </Link>
      <AriaLink {...mainAction} href="/" className={(rp) => buttonStyles({ ...rp, size: 'main' })}>
        {t('done.home')}
      </AriaLink>
    </section>
  );
}
