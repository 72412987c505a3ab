import 'server-only';
import { z } from 'zod';
import {
  Bill,
  BillType,
  Contact,
  Money,
  PayeeCheck,
  Payment,
  Transaction,
  Transfer,
} from './schemas';

// What the operations answer, for the OpenAPI document. Requests are validated by the schemas in
// schemas.ts; replies are built by the domain in server/ and described here.

export const Status = z.object({ status: z.literal('ok') }).meta({ id: 'Status' });

export const DemoReset = z.object({ status: z.literal('reset') }).meta({ id: 'DemoReset' });

export const OpenApiDocument = z
  .record(z.string(), z.unknown())
  .meta({ id: 'OpenApiDocument', description: 'This document (OpenAPI 3.1).' });

/** A WebAuthn ceremony's options, as @simplewebauthn/browser takes them. */
export const PasskeyChallenge = z
  .object({
    challengeId: z.string(),
    options: z.record(z.string(), z.unknown()).meta({
      description:
        'PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON',
    }),
  })
  .meta({ id: 'PasskeyChallenge' });

export const SavedPasskey = z
  .object({ passkey: z.object({ id: z.string() }) })
  .meta({ id: 'SavedPasskey' });

export const StepUpOptions = z
  .object({
    methods: z.array(z.enum(['passkey', 'pin'])).meta({
      description: 'How this person can confirm it is them; a passkey challenge when they have one',
    }),
    passkey: PasskeyChallenge.optional(),
  })
  .meta({ id: 'StepUpOptions' });

export const AccountBills = z.object({ bills: z.array(Bill) }).meta({ id: 'AccountBills' });

export const BillAccount = z
  .object({
    billAccount: z.object({
      billerId: z.string(),
      billType: BillType,
      customerNumber: z.string(),
      bills: z.array(Bill).meta({ description: 'The due bills the biller holds for it' }),
    }),
  })
  .meta({ id: 'BillAccount' });

export const ScannedBill = z.object({ bill: Bill }).meta({ id: 'ScannedBill' });

export const PaymentMade = z.object({ payment: Payment }).meta({ id: 'PaymentMade' });

export const Contacts = z.object({ contacts: z.array(Contact) }).meta({ id: 'Contacts' });

export const PayeeCheckResult = z.object({ check: PayeeCheck }).meta({ id: 'PayeeCheckResult' });

export const TransferMade = z.object({ transfer: Transfer }).meta({ id: 'TransferMade' });

export const TopUp = z
  .object({ topUp: z.object({ id: z.string(), transactionId: z.string(), amount: Money }) })
  .meta({ id: 'TopUp' });

export const Transactions = z
  .object({ transactions: z.array(Transaction) })
  .meta({ id: 'Transactions' });

export const Billers = z
  .object({
    billers: z.array(z.object({ id: z.string(), billType: BillType, name: z.string() })),
  })
  .meta({ id: 'Billers' });

export const ReceiptPayload = z
  .object({
    v: z.literal(1),
    id: z.string(),
    transactionId: z.string(),
    kind: z.enum(['bill_payment', 'transfer', 'topup']),
    accountId: z.string(),
    ownerName: z.string(),
    ownerNameEn: z.string(),
    amount: z.number().int().meta({ description: 'fen' }),
    currency: z.literal('CNY'),
    counterparty: z.object({
      nameZh: z.string(),
      nameEn: z.string(),
      billType: z.string().optional(),
      customerNumber: z.string().optional(),
      noticeNumber: z.string().optional(),
      relation: z.string().optional(),
    }),
    actor: z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      relation: z.enum(['owner', 'family', 'helper']),
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'ReceiptPayload', description: 'What a receipt says; signed as canonical JSON.' });

export const SignedReceipt = z
  .object({
    receipt: ReceiptPayload,
    payload: z.string().meta({ description: 'The canonical JSON text that was signed' }),
    signature: z.string().meta({ description: 'Ed25519 signature over payload' }),
    keyId: z.string(),
  })
  .meta({ id: 'SignedReceipt' });

export const ReceiptValid = z
  .object({ valid: z.literal(true), receiptId: z.string(), keyId: z.string() })
  .meta({ id: 'ReceiptValid' });

export const ReceiptCheck = z
  .object({ valid: z.boolean(), receipt: ReceiptPayload.optional() })
  .meta({ id: 'ReceiptCheck', description: 'Whether the signature holds; the receipt if it does' });
