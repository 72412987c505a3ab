import { AccountParams, TransferRequest } from '@/server/api/schemas';
import { moneyRoute } from '@/server/http/money';
import { transfer } from '@/server/transfers/transfers';
import { otherMethods } from '@/server/http/route';

export const POST = moneyRoute(
  { params: AccountParams, body: TransferRequest },
  function* (tx, { user, params, body, db }) {
    const out = yield* transfer(
      tx,
      user,
      params.accountId,
      body.toContactId,
      body.amount.amount,
      db.kind === 'postgres',
    );
    return { status: 201, body: { transfer: out.transfer }, transactionId: out.transactionId };
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
