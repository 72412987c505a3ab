'use client';
import { useTranslation } from '@/components/i18n-provider';
import { PayStep } from '@/components/confirm/pay-step';
import { yuanDigits } from '@/lib/bill-format';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { amountInWords } from '@/lib/money-words';
import type { MoneyAction } from '@/lib/voice/dialogue';

/**
 * The spoken read-back, shown: the amount large, in digits and in words, then the same
 * confirmation every payment uses (PayStep: the person's passkey or PIN, one request with an
 * Idempotency-Key). A spoken "yes" presses its confirm button; nothing here pays by itself.
 */
export function MoneyStep(props: {
  locale: Locale;
  action: MoneyAction;
  line: string;
  confirmRequest: number;
  onDone: (receiptId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('voice');
  const { action, locale } = props;
  const fen = action.kind === 'bill' ? action.bill.amount : action.amount;
  const summary = (
    <div className="flex flex-col gap-3">
      <p className="font-bold">{props.line}</p>
      <p className="text-amount font-bold">{formatMoney(fen, locale)}</p>
      <p>{t('money.inWords', { words: amountInWords(fen, locale), digits: yuanDigits(fen) })}</p>
    </div>
  );
  const common = {
    heading: t('money.heading'),
    summary,
    confirmLabel: t(action.kind === 'bill' ? 'money.payBill' : 'money.send'),
    cancelLabel: t('money.notNow'),
    onCancel: props.onCancel,
    confirmRequest: props.confirmRequest,
  };
  const account = encodeURIComponent(action.accountId);
  return action.kind === 'bill' ? (
    <PayStep<{ payment: { receiptId: string } }>
      {...common}
      path={`/accounts/${account}/bills/${encodeURIComponent(action.bill.id)}/payments`}
      onDone={(d) => props.onDone(d.payment.receiptId)}
    />
  ) : (
    <PayStep<{ transfer: { receiptId: string } }>
      {...common}
      path={`/accounts/${account}/transfers`}
      body={{ toContactId: action.contact.id, amount: { amount: fen, currency: 'CNY' } }}
      onDone={(d) => props.onDone(d.transfer.receiptId)}
    />
  );
}
