'use client';
import { useState } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { TextField } from '@/components/ui/text-field';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney } from '@/lib/money';
import { amountInWords } from '@/lib/money-words';
import {
  checkAmount,
  MAX_AMOUNT_CHARS,
  pressKey,
  type AmountProblem,
  type KeypadKey,
} from '@/lib/send-amount';

const KEYS: KeypadKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', 'delete'];
/** Shown as soon as they are typed; "nothing typed" and "zero" wait until Next is pressed. */
const AT_ONCE: AmountProblem[] = ['format', 'decimals', 'over_balance'];

export function AmountStep(props: {
  locale: Locale;
  balance: number;
  text: string;
  onText: (text: string) => void;
  onNext: (fen: number) => void;
}) {
  const { t } = useTranslation('send');
  const [tried, setTried] = useState(false);
  const check = checkAmount(props.text, props.balance);
  const problem =
    check.ok || (!tried && !AT_ONCE.includes(check.problem)) ? undefined : check.problem;
  const balance = formatMoney(props.balance, props.locale);
  // What was typed, in digits and words, even when it is more than the wallet holds.
  const shown = checkAmount(props.text, Number.MAX_SAFE_INTEGER);

  function next() {
    setTried(true);
    if (check.ok) props.onNext(check.fen);
  }

  return (
    <section aria-labelledby="step-heading" className="flex flex-col gap-5">
      <h2 id="step-heading" className="text-title">
        {t('amount.heading')}
      </h2>
      <p>{t('amount.balance', { amount: balance })}</p>
      <TextField
        label={t('amount.label')}
        description={t('amount.description')}
        value={props.text}
        onChange={(v) => props.onText(v.slice(0, MAX_AMOUNT_CHARS + 4))}
        inputMode="decimal"
        autoComplete="off"
        isInvalid={problem !== undefined}
        errorMessage={problem && t(`amount.errors.${problem}`, { balance })}
        inputSize="amount"
        inputClassName="font-bold"
      />
      <div aria-live="polite" className="rounded-xl border-2 border-line bg-surface p-4">
        <p className="font-bold">{t('amount.typed')}</p>
        {shown.ok ? (
          <>
            <p className="text-amount font-bold">{formatMoney(shown.fen, props.locale)}</p>
            <p>{t('amount.inWords', { words: amountInWords(shown.fen, props.locale) })}</p>
          </>
        ) : (
          <p>{t('amount.nothingYet')}</p>
        )}
      </div>
      <div role="group" aria-label={t('amount.keypad')} className="grid grid-cols-3 gap-2">
        {KEYS.map((k) => (
          <Button
            key={k}
            variant="secondary"
            size="key"
            aria-label={k === '.' ? t('amount.point') : undefined}
            onPress={() => props.onText(pressKey(props.text, k))}
          >
            {k === 'delete' ? (
              <span className="flex flex-wrap items-center justify-center gap-x-1 text-body">
                <span aria-hidden="true">⌫</span>
                <span>{t('amount.delete')}</span>
              </span>
            ) : (
              k
            )}
          </Button>
        ))}
      </div>
      <Button size="main" onPress={next}>
        {t('amount.next')}
      </Button>
      <Link href="/send" className="self-start">
        {t('amount.otherPerson')}
      </Link>
    </section>
  );
}
