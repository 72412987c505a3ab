import 'server-only';
import type { Operation } from '../operation';
import { Contacts, PayeeCheckResult, TopUp, Transactions } from '../replies';
import { Account, AccountParams, HistoryQuery, PayeeCheckRequest, TopUpRequest } from '../schemas';

export const walletOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/accounts/{accountId}',
    operationId: 'getAccount',
    tag: 'wallet',
    summary: "An account's owner and balance",
    description: 'Someone without a grant on the account gets 404: its existence is not leaked.',
    auth: 'session',
    params: AccountParams,
    reply: { status: 200, schema: Account, description: 'The account' },
    problems: ['grant_required'],
  },
  {
    method: 'get',
    path: '/api/v1/accounts/{accountId}/transactions',
    operationId: 'listTransactions',
    tag: 'wallet',
    summary: 'What moved in and out of the account, newest first, and who did it',
    auth: 'session',
    params: AccountParams,
    query: HistoryQuery,
    reply: { status: 200, schema: Transactions, description: 'The history' },
    problems: ['grant_required'],
  },
  {
    method: 'get',
    path: '/api/v1/accounts/{accountId}/contacts',
    operationId: 'listContacts',
    tag: 'wallet',
    summary: 'The people this account can send money to',
    auth: 'session',
    params: AccountParams,
    reply: { status: 200, schema: Contacts, description: 'The contacts' },
    problems: ['grant_required'],
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/payee-checks',
    operationId: 'checkPayee',
    tag: 'wallet',
    summary: "Check a contact's name against the name their wallet is held in, before sending",
    description: 'Moves nothing and writes nothing.',
    auth: 'session',
    params: AccountParams,
    body: PayeeCheckRequest,
    reply: { status: 200, schema: PayeeCheckResult, description: 'Match, close match or no match' },
    problems: ['grant_required'],
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/top-ups',
    operationId: 'topUp',
    tag: 'wallet',
    summary: 'Demo mode only: add money to your own wallet from the demo bank',
    description:
      'At most ¥1,000,000.00 at a time (400 amount_too_large); a wallet holds at most ' +
      '¥10,000,000.00 (409 balance_limit_reached, nothing moved).',
    auth: 'session',
    params: AccountParams,
    body: TopUpRequest,
    money: true,
    reply: { status: 201, schema: TopUp, description: 'Added' },
    problems: ['demo_only', 'grant_required', 'amount_too_large', 'balance_limit_reached'],
  },
];
