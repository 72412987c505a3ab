import 'server-only';
import type { Operation } from '../operation';
import { AccountBills, BillAccount, Billers, PaymentMade, ScannedBill } from '../replies';
import { AccountParams, BillParams, BillsQuery, NewBillAccount, ScanRequest } from '../schemas';

export const billOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/billers',
    operationId: 'listBillers',
    tag: 'bills',
    summary: 'The companies whose bills can be paid, named in the reader’s language',
    auth: 'none',
    reply: { status: 200, schema: Billers, description: 'The billers' },
  },
  {
    method: 'get',
    path: '/api/v1/accounts/{accountId}/bills',
    operationId: 'listBills',
    tag: 'bills',
    summary: "An account's bills, due or paid",
    auth: 'session',
    params: AccountParams,
    query: BillsQuery,
    reply: { status: 200, schema: AccountBills, description: 'The bills' },
    problems: ['grant_required'],
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/bill-accounts',
    operationId: 'addBillAccount',
    tag: 'bills',
    summary: 'Add a customer number at a biller; its due bills join the account',
    auth: 'session',
    params: AccountParams,
    body: NewBillAccount,
    reply: { status: 201, schema: BillAccount, description: 'Added, with its due bills' },
    problems: ['grant_required', 'customer_number_invalid'],
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/bills/scan',
    operationId: 'scanBill',
    tag: 'bills',
    summary: "Read a bill notice's signed payment QR code and show the bill",
    description: 'A forged or altered code is refused (400 qr_invalid).',
    auth: 'session',
    params: AccountParams,
    body: ScanRequest,
    reply: { status: 200, schema: ScannedBill, description: 'The bill' },
    problems: ['grant_required', 'qr_invalid'],
  },
  {
    method: 'post',
    path: '/api/v1/accounts/{accountId}/bills/{billId}/payments',
    operationId: 'payBill',
    tag: 'bills',
    summary: 'Pay a bill in full from the account’s wallet',
    description:
      'A bill is paid at most once (409 bill_already_paid). Above what needs no confirmation, ' +
      'the person confirms it is them first (403 step_up_required, not stored under the key).',
    auth: 'session',
    params: BillParams,
    money: true,
    reply: { status: 201, schema: PaymentMade, description: 'Paid' },
    problems: [
      'grant_required',
      'grant_limit_reached',
      'step_up_required',
      'bill_already_paid',
      'insufficient_funds',
    ],
  },
];
