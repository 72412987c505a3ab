import 'server-only';
import { z } from 'zod';
import { locales } from '@/lib/i18n/config';
import { MAX_AMOUNT, MAX_BALANCE } from '@/lib/money';
import { BILL_TYPES } from '../bills/directory';
import { errorCodes } from '../http/problem';

// One schema validates a request, types the handler (z.infer) and feeds the OpenAPI document.

/** Money in a request: positive, and at most MAX_AMOUNT (above it: 400 amount_too_large). */
export const Amount = z
  .object({
    // Above the cap the problem is amount_too_large, not validation_failed (server/http/route.ts).
    amount: z.number().int().positive().max(MAX_AMOUNT, { error: 'amount_too_large' }),
    currency: z.literal('CNY'),
  })
  .strict()
  .meta({
    id: 'Amount',
    description: 'Integer minor units (fen) of CNY, above 0 and at most ¥1,000,000.00.',
  });

/** Money in a reply: an amount or a balance (a wallet holds at most MAX_BALANCE). */
export const Money = z
  .object({
    amount: z.number().int().min(0).max(MAX_BALANCE),
    currency: z.literal('CNY'),
  })
  .meta({ id: 'Money', description: 'Integer minor units (fen) of CNY.' });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(errorCodes),
    errors: z
      .array(
        z.object({
          path: z.string().meta({ description: 'Where in the request, e.g. amount.amount' }),
          field: z.string().meta({ description: "The field's name in the reader's words" }),
          message: z.string().optional(),
        }),
      )
      .optional()
      .meta({ description: 'validation_failed: each field that is not right' }),
  })
  .meta({
    id: 'Problem',
    description: 'application/problem+json; title and detail are translated.',
  });

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const DemoSessionRequest = z
  .discriminatedUnion('persona', [
    z.object({ persona: z.enum(['elder', 'family', 'volunteer']) }).strict(),
    z
      .object({
        persona: z.literal('citizen'),
        n: z.number().int().min(1).max(1_000_000_000),
        careMode: z.boolean().optional(),
      })
      .strict(),
  ])
  .meta({ id: 'DemoSessionRequest' });

export const Scope = z.enum(['view', 'pay_bills', 'transfer', 'manage']);

export const Me = z
  .object({
    user: z.object({
      id: z.string(),
      name: z.string(),
      locale: z.enum(locales).nullable(),
      careMode: z.boolean(),
      textSize: z.number().int(),
      speechRate: z.number().int(),
      marketing: z.boolean(),
      alwaysListening: z.boolean(),
    }),
    accounts: z.array(
      z.object({
        id: z.string(),
        ownerName: z.string(),
        relation: z.enum(['own', 'granted']),
        scopes: z.array(Scope),
        monthlyLimit: Money.optional(),
      }),
    ),
  })
  .meta({ id: 'Me' });

export const SettingsPatch = z
  .object({
    careMode: z.boolean().optional(),
    locale: z.enum(locales).optional(),
    textSize: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    speechRate: z.number().int().min(50).max(150).optional(),
    marketing: z.boolean().optional(),
    alwaysListening: z.boolean().optional(),
  })
  .strict()
  .refine((o) => Object.values(o).some((v) => v !== undefined), { message: 'at least one setting' })
  .meta({ id: 'SettingsPatch' });

export const PinSignIn = z
  .object({
    phone: z.string().regex(/^\d{8,15}$/),
    pin: z.string().regex(/^\d{6}$/),
  })
  .strict()
  .meta({ id: 'PinSignIn' });

export const ChallengeId = z.string().min(1).max(64);

/** WebAuthn responses are checked by @simplewebauthn/server; here only their outer shape. */
const CredentialResponse = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal('public-key'),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()),
    authenticatorAttachment: z.string().max(64).optional(),
  })
  .strict();

export const PasskeyVerify = z
  .object({ challengeId: ChallengeId, response: CredentialResponse })
  .strict()
  .meta({ id: 'PasskeyVerify' });

export const SignedIn = z.object({ user: Me.shape.user }).meta({ id: 'SignedIn' });

// ---- wallet core ----

export const AccountParams = z.object({ accountId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
export const BillParams = AccountParams.extend({
  billId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});
export const ReceiptParams = z.object({ receiptId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

export const BillType = z.enum(BILL_TYPES);

export const Account = z
  .object({ id: z.string(), ownerName: z.string(), balance: Money })
  .meta({ id: 'Account' });

export const Bill = z
  .object({
    id: z.string(),
    billType: BillType,
    biller: z.string(),
    billerId: z.string(),
    customerNumber: z.string(),
    noticeNumber: z.string(),
    period: z.string(),
    amount: Money,
    dueDate: z.string(),
    status: z.enum(['due', 'paid']),
  })
  .meta({ id: 'Bill' });

export const BillsQuery = z.object({ status: z.enum(['due', 'paid']).optional() }).strict();

export const NewBillAccount = z
  .object({
    billerId: z.string().max(64).optional(),
    billType: BillType.optional(),
    customerNumber: z.string().regex(/^[0-9]{6,20}$/),
  })
  .strict()
  .refine((o) => (o.billerId === undefined) !== (o.billType === undefined), {
    message: 'billerId or billType (one of them)',
  })
  .meta({ id: 'NewBillAccount' });

export const ScanRequest = z
  .object({ code: z.string().min(1).max(512) })
  .strict()
  .meta({ id: 'ScanRequest' });

export const Payment = z
  .object({
    id: z.string(),
    billId: z.string(),
    status: z.literal('completed'),
    amount: Money,
    receiptId: z.string(),
  })
  .meta({ id: 'Payment' });

export const Contact = z
  .object({ id: z.string(), name: z.string(), relation: z.string() })
  .meta({ id: 'Contact' });

export const PayeeCheckRequest = z
  .object({ toContactId: z.string().min(1).max(64), name: z.string().min(1).max(100).optional() })
  .strict()
  .meta({ id: 'PayeeCheckRequest' });

export const PayeeCheck = z
  .object({
    contactId: z.string(),
    verifiedName: z.string(),
    verifiedNameEn: z.string(),
    result: z.enum(['match', 'close_match', 'no_match']),
  })
  .meta({ id: 'PayeeCheck' });

export const TransferRequest = z
  .object({ toContactId: z.string().min(1).max(64), amount: Amount })
  .strict()
  .meta({ id: 'TransferRequest' });

export const Transfer = z
  .object({
    id: z.string(),
    status: z.literal('completed'),
    toContactId: z.string(),
    amount: Money,
    receiptId: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Transfer' });

export const TopUpRequest = z.object({ amount: Amount }).strict().meta({ id: 'TopUpRequest' });

export const HistoryQuery = z
  .object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  })
  .strict();

export const Transaction = z
  .object({
    id: z.string(),
    kind: z.enum(['topup', 'bill_payment', 'transfer']),
    amount: Money,
    direction: z.enum(['in', 'out']),
    description: z.string(),
    createdAt: z.string(),
    receiptId: z.string().optional(),
    actor: z.object({
      id: z.string(),
      name: z.string(),
      relation: z.enum(['owner', 'family', 'helper']),
    }),
  })
  .meta({ id: 'Transaction' });

export const ReceiptVerifyRequest = z
  .object({ payload: z.string().min(2).max(8192), signature: z.string().min(1).max(200) })
  .strict()
  .meta({ id: 'ReceiptVerifyRequest' });

export const StepUpRequest = z
  .union([PasskeyVerify, z.object({ pin: z.string().regex(/^\d{6}$/) }).strict()])
  .meta({ id: 'StepUpRequest' });

export const PayCode = z
  .object({
    code: z.string().meta({
      description:
        'What the cashier scans: ANXINPAY:1?u=<wallet>&t=<16 digits>&x=<expiry, unix s>&s=<Ed25519 signature>',
    }),
    number: z.string().regex(/^\d{16}$/),
    expiresAt: z.string(),
    qr: z.object({ size: z.number().int(), path: z.string() }).meta({
      description:
        'The QR code drawn as one SVG path in a size x size viewBox (quiet zone included)',
    }),
  })
  .meta({ id: 'PayCode' });

// ---- voice ----

export const SpeechAvailability = z
  .object({ available: z.boolean() })
  .meta({ id: 'SpeechAvailability', description: 'Whether a server speech recognizer is set up.' });

export const Transcript = z
  .object({ text: z.string() })
  .meta({ id: 'Transcript', description: 'What the recording said, as text.' });
