import 'server-only';
import { z } from 'zod';
import type { Operation } from '../operation';
import { ReceiptCheck, ReceiptValid, SignedReceipt } from '../replies';
import { ReceiptParams, ReceiptVerifyRequest } from '../schemas';

export const receiptOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/receipts/{receiptId}',
    operationId: 'getReceipt',
    tag: 'receipts',
    summary: 'A receipt with its signed text and signature',
    description:
      'Its signature is checked on the way out: a changed record is 400 receipt_invalid.',
    auth: 'session',
    params: ReceiptParams,
    reply: { status: 200, schema: SignedReceipt, description: 'The receipt' },
    problems: ['receipt_invalid'],
  },
  {
    method: 'get',
    path: '/api/v1/receipts/{receiptId}/pdf',
    operationId: 'getReceiptPdf',
    tag: 'receipts',
    summary: 'A receipt as a PDF in the reader’s language',
    auth: 'session',
    params: ReceiptParams,
    reply: {
      status: 200,
      type: 'application/pdf',
      schema: z.string().meta({ format: 'binary' }),
      description: 'The PDF',
    },
    problems: ['receipt_invalid'],
  },
  {
    method: 'get',
    path: '/api/v1/receipts/{receiptId}/verify',
    operationId: 'checkStoredReceipt',
    tag: 'receipts',
    summary: 'Check that a stored receipt still matches its signature',
    auth: 'session',
    params: ReceiptParams,
    reply: { status: 200, schema: ReceiptValid, description: 'It does' },
    problems: ['receipt_invalid'],
  },
  {
    method: 'post',
    path: '/api/v1/receipts/verify',
    operationId: 'verifyReceipt',
    tag: 'receipts',
    summary: 'Anyone holding a receipt checks its signature (reveals nothing they do not hold)',
    auth: 'none',
    body: ReceiptVerifyRequest,
    reply: { status: 200, schema: ReceiptCheck, description: 'Valid or not' },
  },
];
