import 'server-only';
import { AppError } from '../http/problem';
import type { Actor } from './authorize';

/** Above ¥200.00 money moves only after the person confirmed it is them (passkey or PIN). */
export const STEP_UP_THRESHOLD = 20_000;
/** The confirmation is for the payment being made now, not for the rest of the day. */
export const STEP_UP_FRESH_MS = 5 * 60_000;

export function assertSteppedUp(actor: Actor, amount: number, now = new Date()): void {
  if (amount <= STEP_UP_THRESHOLD) return;
  const at = actor.steppedUpAt ? Date.parse(actor.steppedUpAt) : Number.NaN;
  if (!(now.getTime() - at <= STEP_UP_FRESH_MS && at <= now.getTime() + 1000))
    throw new AppError('step_up_required');
}
