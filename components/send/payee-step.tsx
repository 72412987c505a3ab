'use client';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Message } from '@/components/ui/message';
import { api, type ApiProblem } from '@/lib/api-client';
import type { Locale } from '@/lib/i18n/config';
import { speak } from '@/lib/speech';

interface PayeeCheck {
  contactId: string;
  verifiedName: string;
  verifiedNameEn: string;
  result: 'match' | 'close_match' | 'no_match';
}

type State =
  | { kind: 'checking' }
  | { kind: 'checked'; check: PayeeCheck }
  | { kind: 'problem'; problem: ApiProblem };

/**
 * Confirmation of payee: the account holder's verified name against the name the person saved,
 * shown and spoken. A name that is close or does not match needs a tick before going on.
 */
export function PayeeStep(props: {
  locale: Locale;
  accountId: string;
  contactId: string;
  savedName: string;
  onNext: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation('send');
  const { t: c } = useTranslation('common');
  const { accountId, contactId, locale } = props;
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [sure, setSure] = useState(false);
  const [tried, setTried] = useState(false);

  const name = (c: PayeeCheck) => (locale === 'en' ? c.verifiedNameEn : c.verifiedName);
  const words = (c: PayeeCheck) => {
    const v = { name: name(c), saved: props.savedName };
    if (c.result === 'match')
      return { shown: t('payee.match', v), spoken: t('payee.matchSpoken', v) };
    const title = t(c.result === 'close_match' ? 'payee.closeTitle' : 'payee.noTitle');
    const body = t(c.result === 'close_match' ? 'payee.close' : 'payee.no', v);
    return { title, shown: body, spoken: `${title}${locale === 'en' ? '. ' : '。'}${body}` };
  };

  useEffect(() => {
    let live = true;
    void api<{ check: PayeeCheck }>(`/accounts/${encodeURIComponent(accountId)}/payee-checks`, {
      method: 'POST',
      body: { toContactId: contactId },
    })
      .catch(() => undefined)
      .then((res) => {
        if (!live) return;
        if (!res) {
          const problem = {
            status: 0,
            code: 'offline',
            title: c('error.title'),
            detail: c('error.body'),
          };
          return setState({ kind: 'problem', problem });
        }
        if (!res.ok) return setState({ kind: 'problem', problem: res.problem });
        setState({ kind: 'checked', check: res.data.check });
      });
    return () => {
      live = false;
    };
  }, [accountId, contactId, c]);

  const check = state.kind === 'checked' ? state.check : undefined;
  const said = check && words(check);
  useEffect(() => {
    if (said) speak(said.spoken, locale);
  }, [said?.spoken, locale]); // eslint-disable-line react-hooks/exhaustive-deps

  const needsTick = check !== undefined && check.result !== 'match';
  function next() {
    setTried(true);
    if (check && (!needsTick || sure)) props.onNext();
  }

  return (
    <section aria-labelledby="step-heading" className="flex flex-col gap-5">
      <h2 id="step-heading" className="text-title">
        {t('payee.heading')}
      </h2>
      {state.kind === 'checking' && <Message tone="info">{t('payee.checking')}</Message>}
      {state.kind === 'problem' && (
        <Message tone="error" title={state.problem.title}>
          {state.problem.detail}
        </Message>
      )}
      {check && said && (
        <>
          <Message
            tone={
              check.result === 'match'
                ? 'success'
                : check.result === 'close_match'
                  ? 'info'
                  : 'error'
            }
            title={said.title}
          >
            {said.shown}
          </Message>
          <Button
            variant="secondary"
            onPress={() => speak(said.spoken, locale)}
            className="self-start"
          >
            {t('payee.listen')}
          </Button>
          {needsTick && (
            <Checkbox isSelected={sure} onChange={setSure} isInvalid={tried && !sure}>
              {t('payee.confirm')}
            </Checkbox>
          )}
          {needsTick && tried && !sure && (
            <p role="alert" className="font-bold text-danger">
              <span aria-hidden="true">⚠ </span>
              {t('payee.confirmNeeded')}
            </p>
          )}
          <Button size="main" onPress={next}>
            {t('payee.next')}
          </Button>
        </>
      )}
      <Button size="main" variant="secondary" onPress={props.onBack}>
        {t('payee.back')}
      </Button>
    </section>
  );
}
