'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/components/i18n-provider';
import { api } from '@/lib/api-client';
import type { Locale } from '@/lib/i18n/config';
import { speak } from '@/lib/speech';
import {
  initialState,
  step,
  type DialogueContext,
  type DialogueEvent,
  type DueBill,
  type Effect,
  type Translate,
  type VoiceContact,
} from '@/lib/voice/dialogue';

interface Me {
  user: { textSize: number };
  accounts: { id: string; relation: 'own' | 'granted' }[];
}

async function ownAccount(): Promise<string | null | undefined> {
  const res = await api<Me>('/me');
  if (!res.ok) return undefined;
  return res.data.accounts.find((a) => a.relation === 'own')?.id ?? null;
}

/**
 * Runs the dialogue: keeps its state, and carries out each effect it asks for (speak, go to a
 * page, look up bills or contacts, check a payee, press confirm on the payment step), feeding
 * results back in as events.
 */
export function useDialogue(
  locale: Locale,
  rate: number,
  listen: () => void,
  start: 'pressed' | 'woke',
) {
  const { t: tr } = useTranslation('voice');
  const router = useRouter();
  const ctx = useMemo<DialogueContext>(() => {
    // The dialogue names keys of other namespaces too ("bills:nouns.water"): untyped here.
    const t: Translate = (key, vars) =>
      (tr as unknown as (k: string, o?: object) => string)(key, vars);
    return { locale, t };
  }, [locale, tr]);
  // Woken by the wake phrase, the assistant starts by saying so, then listens.
  const [first] = useState(() =>
    start === 'woke' ? step(initialState(ctx), { type: 'woke' }, ctx) : undefined,
  );
  const [state, setState] = useState(() => first?.state ?? initialState(ctx));
  const current = useRef(state);
  const [confirmRequest, setConfirmRequest] = useState(0);

  function dispatch(event: DialogueEvent) {
    const next = step(current.current, event, ctx);
    current.current = next.state;
    setState(next.state);
    for (const e of next.effects) void run(e);
  }

  async function run(e: Effect) {
    switch (e.type) {
      case 'say':
        if (!e.thenListen) return speak(e.text, locale, rate);
        if (!speak(e.text, locale, rate, () => listen())) listen();
        return;
      case 'navigate':
        return router.push(e.href);
      case 'back':
        return router.back();
      case 'readScreen': {
        const main = document.getElementById('main');
        const text = main?.innerText.replace(/\s*\n+\s*/g, '。\n') ?? '';
        return speak(text, locale, rate);
      }
      case 'confirmPayment':
        return setConfirmRequest((n) => n + 1);
      case 'loadBills':
      case 'loadContacts': {
        const acc = await ownAccount().catch(() => undefined);
        if (acc === null) return dispatch({ type: 'noWallet' });
        if (acc === undefined) return dispatch({ type: 'loadFailed' });
        const id = encodeURIComponent(acc);
        if (e.type === 'loadBills') {
          const res = await api<{ bills: (DueBill & { amount: { amount: number } })[] }>(
            `/accounts/${id}/bills?status=due`,
          ).catch(() => undefined);
          if (!res?.ok) return dispatch({ type: 'loadFailed' });
          const bills = res.data.bills.map((b) => ({
            id: b.id,
            billType: b.billType,
            biller: b.biller,
            amount: b.amount.amount,
          }));
          return dispatch({ type: 'bills', accountId: acc, bills });
        }
        const res = await api<{ contacts: VoiceContact[] }>(`/accounts/${id}/contacts`).catch(
          () => undefined,
        );
        if (!res?.ok) return dispatch({ type: 'loadFailed' });
        return dispatch({ type: 'contacts', accountId: acc, contacts: res.data.contacts });
      }
      case 'checkPayee': {
        type Check = {
          result: 'match' | 'close_match' | 'no_match';
          verifiedName: string;
          verifiedNameEn: string;
        };
        const res = await api<{ check: Check }>(
          `/accounts/${encodeURIComponent(e.accountId)}/payee-checks`,
          { method: 'POST', body: { toContactId: e.contactId } },
        ).catch(() => undefined);
        if (!res?.ok) return dispatch({ type: 'loadFailed' });
        const { check } = res.data;
        const name = locale === 'en' ? check.verifiedNameEn : check.verifiedName;
        return dispatch({ type: 'payeeChecked', result: check.result, name });
      }
      case 'textSize': {
        const now = Number(document.documentElement.dataset.textSize ?? '1') || 1;
        const size = Math.min(3, Math.max(1, now + (e.direction === 'larger' ? 1 : -1)));
        if (size === now)
          return dispatch({ type: 'textSizeSet', changed: false, direction: e.direction });
        const res = await api('/me/settings', { method: 'PATCH', body: { textSize: size } }).catch(
          () => undefined,
        );
        if (!res?.ok) return dispatch({ type: 'loadFailed' });
        document.documentElement.setAttribute('data-text-size', String(size));
        router.refresh();
        return dispatch({ type: 'textSizeSet', changed: true, direction: e.direction });
      }
    }
  }

  useEffect(() => {
    for (const e of first?.effects ?? []) void run(e);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return { state, dispatch, confirmRequest };
}
