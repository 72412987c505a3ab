import 'server-only';
import { createHash } from 'node:crypto';
import type { BillerInfo } from './directory';

export interface IssuedBill {
  noticeNumber: string;
  amount: number; // fen
  period: string; // YYYY-MM
  dueDate: string; // YYYY-MM-DD
}

/** What the wallet needs from a biller. A real deployment plugs in each biller's own API. */
export interface Biller {
  /** Whether the customer number exists at this biller. */
  knows(biller: BillerInfo, customerNumber: string): Promise<boolean>;
  /** The bills currently due for a customer number. */
  dueBills(biller: BillerInfo, customerNumber: string, now?: Date): Promise<IssuedBill[]>;
}

/** Luhn check digit: catches a mistyped digit and most swapped pairs. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{6,20}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Appends a Luhn check digit, for making demo customer numbers. */
export function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

const typicalAmount: Record<string, [number, number]> = {
  electricity: [6_000, 30_000],
  water: [2_000, 8_000],
  gas: [3_000, 12_000],
  phone: [5_000, 10_000],
  broadband: [8_000, 12_000],
  tv: [2_000, 4_000],
  property: [15_000, 45_000],
  heating: [80_000, 200_000],
  tax: [10_000, 90_000],
  social_insurance: [20_000, 60_000],
};

/**
 * The in-process demo biller network: customer numbers are 8-20 digits with a Luhn check
 * digit; each has one bill due this month, its amount derived from the number.
 */
export const demoBillerNetwork: Biller = {
  async knows(_biller, customerNumber) {
    return luhnValid(customerNumber);
  },
  async dueBills(biller, customerNumber, now = new Date()) {
    if (!luhnValid(customerNumber)) return [];
    const period = now.toISOString().slice(0, 7);
    const h = createHash('sha256').update(`${biller.id}:${customerNumber}:${period}`).digest();
    const [lo, hi] = typicalAmount[biller.billType] ?? [1_000, 10_000];
    const amount = Math.round((lo + (h.readUInt32BE(0) % (hi - lo))) / 10) * 10;
    const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15))
      .toISOString()
      .slice(0, 10);
    return [
      {
        noticeNumber: `${period.replace('-', '')}${customerNumber.slice(-6)}`,
        amount,
        period,
        dueDate: due,
      },
    ];
  },
};
