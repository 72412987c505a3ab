'use client';
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { stopSpeaking } from '@/lib/speech';
import { AmountStep } from './amount-step';
import { DoneStep } from './done-step';
import { PayeeStep } from './payee-step';
import { ReviewStep, type SentTransfer } from './review-step';

type Step =
  | { kind: 'amount' }
  | { kind: 'payee'; fen: number }
  | { kind: 'review'; fen: number }
  | { kind: 'done'; transfer: SentTransfer };

export interface SendFlowProps {
  locale: Locale;
  accountId: string;
  balance: number;
  contact: { id: string; savedName: string };
  /** The payee in words, e.g. "女儿李娜" / "your daughter Li Na". */
  who: string;
}

/** Send money to one contact, one thing per screen: amount, payee check, review, done. */
export function SendFlow(props: SendFlowProps) {
  const [step, setStep] = useState<Step>({ kind: 'amount' });
  const [text, setText] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // A new step starts at its heading, for people who use the keyboard or a screen reader.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    stopSpeaking();
    const h = box.current?.querySelector('h2');
    h?.setAttribute('tabindex', '-1');
    h?.focus();
  }, [step.kind]);

  const common = { locale: props.locale, accountId: props.accountId };
  return (
    <div ref={box} className="flex flex-col gap-6">
      {step.kind === 'amount' && (
        <AmountStep
          locale={props.locale}
          balance={props.balance}
          text={text}
          onText={setText}
          onNext={(fen) => setStep({ kind: 'payee', fen })}
        />
      )}
      {step.kind === 'payee' && (
        <PayeeStep
          {...common}
          contactId={props.contact.id}
          savedName={props.contact.savedName}
          onNext={() => setStep({ kind: 'review', fen: step.fen })}
          onBack={() => setStep({ kind: 'amount' })}
        />
      )}
      {step.kind === 'review' && (
        <ReviewStep
          {...common}
          contactId={props.contact.id}
          who={props.who}
          fen={step.fen}
          balance={props.balance}
          onBack={() => setStep({ kind: 'amount' })}
          onDone={(transfer) => setStep({ kind: 'done', transfer })}
        />
      )}
      {step.kind === 'done' && (
        <DoneStep locale={props.locale} who={props.who} transfer={step.transfer} />
      )}
    </div>
  );
}
