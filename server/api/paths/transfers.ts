import 'server-only';
import type { Operation } from '../operation';
import { TransferMade } from '../replies';
import { AccountParams, TransferRequest } from '../schemas';

export const transferOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/transfers',
    operationId: 'sendMoney',
    tag: 'transfers',
    summary: "Send money to one of the account's contacts",
    description:
      'Never leaves the balance below zero (409 insufficient_funds). At most ¥1,000,000.00 at a ' +
      'time (400 amount_too_large); a payee wallet holds at most ¥10,000,000.00 (409 ' +
      'balance_limit_reached). Above what needs no confirmation, the person confirms it is them ' +
      'first (403 step_up_required).',
    auth: 'session',
    params: AccountParams,
    body: TransferRequest,
    money: true,
    reply: { status: 201, schema: TransferMade, description: 'Sent' },
    problems: [
      'grant_required',
      'grant_limit_reached',
      'step_up_required',
      'insufficient_funds',
      'amount_too_large',
      'balance_limit_reached',
    ],
  },
];
