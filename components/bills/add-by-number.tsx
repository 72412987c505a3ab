'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FieldError, Form } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Explain } from '@/components/ui/explain';
import { Message } from '@/components/ui/message';
import { Radio, RadioGroup } from '@/components/ui/radio-group';
import { TextField } from '@/components/ui/text-field';
import { api, type ApiProblem } from '@/lib/api-client';

interface Saved {
  billAccount: { bills: { id: string; status: 'due' | 'paid' }[] };
}

/** Add a bill by its type and the customer number (户号) printed on the paper bill. */
export function AddByNumber({ accountId, billTypes }: { accountId: string; billTypes: string[] }) {
  const { t } = useTranslation('bills');
  const router = useRouter();
  const [type, setType] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [checked, setChecked] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [note, setNote] = useState<string>();
  // People copy numbers with the spaces and dashes of the paper bill; only the digits count.
  const digits = number.replace(/[\s-]/g, '');
  const numberOk = /^[0-9]{6,20}$/.test(digits);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setChecked(true);
    setProblem(undefined);
    setNote(undefined);
    if (!type || !numberOk) return;
    setPending(true);
    const res = await api<Saved>(`/accounts/${accountId}/bill-accounts`, {
      method: 'POST',
      body: { billType: type, customerNumber: digits },
    });
    setPending(false);
    if (!res.ok) return setProblem(res.problem);
    const due = res.data.billAccount.bills.find((b) => b.status === 'due');
    if (due) return router.push(`/bills/${due.id}`);
    setNote(t('add.noneDue'));
  }

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="flex flex-col gap-6">
      <RadioGroup
        label={t('add.typeLabel')}
        description={t('add.typeDescription')}
        value={type}
        onChange={setType}
        isInvalid={checked && !type}
      >
        {billTypes.map((b) => (
          <Radio key={b} value={b}>
            {t(`types.${b}` as 'types.electricity')}
          </Radio>
        ))}
        <FieldError className="text-body font-bold text-danger">{t('add.typeError')}</FieldError>
      </RadioGroup>
      <TextField
        label={t('add.numberLabel')}
        description={t('add.numberHint')}
        value={number}
        onChange={(v) => {
          setNumber(v);
          setProblem(undefined);
        }}
        inputMode="numeric"
        autoComplete="off"
        isInvalid={checked && !numberOk}
        errorMessage={t('add.numberError')}
      />
      <Explain question={t('add.explainQuestion')} answer={t('add.explainAnswer')} />
      {problem && (
        <Message tone="error" title={problem.title}>
          {problem.detail}
        </Message>
      )}
      {note && <Message tone="info">{note}</Message>}
      {pending && <Message tone="info">{t('add.working')}</Message>}
      <Button type="submit" size="main" isPending={pending}>
        {t('add.submit')}
      </Button>
    </Form>
  );
}
