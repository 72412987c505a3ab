'use client';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from '@/components/i18n-provider';
import { Button } from '@/components/ui/button';
import { Message } from '@/components/ui/message';
import { PinField } from '@/components/ui/pin-field';
import { TextField } from '@/components/ui/text-field';
import { reloadTo } from '@/lib/navigation';
import { api, type ApiProblem } from '@/lib/api-client';

/** The fallback: mobile number and 6-digit PIN. Wrong tries slow down, then pause, in plain words. */
export function PinSignIn() {
  const { t } = useTranslation('auth');
  const [phone, setPhone] = useState('');
  const [pin, setPin] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setProblem(undefined);
    const res = await api('/auth/pin', {
      method: 'POST',
      body: { phone: phone.replace(/\D/g, ''), pin },
    });
    setPending(false);
    if (res.ok) return reloadTo('/');
    setPin('');
    setProblem(res.problem);
  }

  return (
    <Form onSubmit={submit} className="flex flex-col gap-5" aria-labelledby="pin-heading">
      <h2 id="pin-heading" className="text-title">
        {t('pin.heading')}
      </h2>
      <TextField
        label={t('pin.phone')}
        description={t('pin.phoneHint')}
        value={phone}
        onChange={setPhone}
        inputMode="tel"
        autoComplete="tel-national"
        isRequired
        name="phone"
      />
      <PinField
        label={t('pin.pin')}
        description={t('pin.pinHint')}
        value={pin}
        onChange={setPin}
        isRequired
        name="pin"
      />
      {problem && (
        <Message tone="error" title={problem.title}>
          {problem.detail}
        </Message>
      )}
      <Button type="submit" size="main" isPending={pending}>
        {pending ? t('pin.working') : t('pin.submit')}
      </Button>
    </Form>
  );
}
