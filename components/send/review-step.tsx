'use client';
import { useTranslation } from '@/components/i18n-provider';
import { PayStep } from '@/components/confirm/pay-step';
import { Button } from '@/components/ui/button';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { amountInWords, amountSpoken } from '@/lib/money-words';
import { yuanDigits } from '@/lib/send-amount';
import { speak } from '@/lib/speech';

export interface SentTransfer {
  id: string;
  receiptId: string;
  amount: { amount: number; currency: 'CNY' };
}

/** The last look before the money moves: what, to whom, how much in digits and words, read aloud on request. */
export function ReviewStep(props: {
  locale: Locale;
  accountId: string;
  contactId: string;
  who: string;
  fen: number;
  balance: number;
  onBack: () => void;
  onDone: (transfer: SentTransfer) => void;
}) {
  const { t } = useTranslation('send');
  const { locale, fen, who } = props;
  const summary = t('review.summary', {
    who,
    amount: yuanDigits(fen, locale),
    words: amountInWords(fen, locale),
  });
  const spoken = t('review.spoken', { who, spoken: amountSpoken(fen, locale) });
  return (
    <PayStep<{ transfer: SentTransfer }>
      heading={t('review.heading')}
      summary={
        <div className="flex flex-col gap-4">
          <p className="font-bold">{summary}</p>
          <p>{t('review.after', { amount: formatMoney(props.balance - fen, locale) })}</p>
          <Button variant="secondary" className="self-start" onPress={() => speak(spoken, locale)}>
            {t('review.listen')}
          </Button>
        </div>
      }
      confirmLabel={t('review.confirm')}
      cancelLabel={t('review.cancel')}
      onCancel={props.onBack}
      path={`/accounts/${encodeURIComponent(props.accountId)}/transfers`}
      body={{ toContactId: props.contactId, amount: { amount: fen, currency: 'CNY' } }}
      onDone={(data) => props.onDone(data.transfer)}
      problemNote={(p) =>
        p.code === 'insufficient_funds' && <p className="font-bold">{t('review.notSent')}</p>
      }
    />
  );
}
