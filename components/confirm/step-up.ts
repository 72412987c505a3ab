import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { api, type ApiProblem } from '@/lib/api-client';

export interface StepUpOptions {
  methods: ('passkey' | 'pin')[];
  passkey?: { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON };
}

export type StepUpResult =
  { ok: true } | { ok: false; problem: ApiProblem } | { ok: false; cancelled: true };

export function stepUpOptions() {
  return api<StepUpOptions>('/step-up/options', { method: 'POST' });
}

/** Confirms it is the person with their passkey (fingerprint or face). */
export async function stepUpWithPasskey(
  passkey: NonNullable<StepUpOptions['passkey']>,
): Promise<StepUpResult> {
  let response;
  try {
    // Loaded when first needed: most pages that can pay never ask for a passkey.
    const { startAuthentication } = await import('@simplewebauthn/browser');
    response = await startAuthentication({ optionsJSON: passkey.options });
  } catch {
    return { ok: false, cancelled: true };
  }
  const res = await api('/step-up', {
    method: 'POST',
    body: { challengeId: passkey.challengeId, response },
  });
  return res.ok ? { ok: true } : { ok: false, problem: res.problem };
}

export async function stepUpWithPin(pin: string): Promise<StepUpResult> {
  const res = await api('/step-up', { method: 'POST', body: { pin } });
  return res.ok ? { ok: true } : { ok: false, problem: res.problem };
}
