import 'server-only';
import type { Operation } from '../operation';
import { PayCode } from '../schemas';

export const payCodeOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/pay-codes',
    operationId: 'issuePayCode',
    tag: 'pay-codes',
    summary: "A fresh signed payment code for the person's own wallet (stored nowhere)",
    auth: 'session',
    reply: { status: 201, schema: PayCode, description: 'The code, its QR drawing and expiry' },
    problems: ['not_found'],
  },
];
