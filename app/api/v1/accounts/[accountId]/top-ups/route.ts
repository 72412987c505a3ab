import { AccountParams, TopUpRequest } from '@/server/api/schemas';
import { env } from '@/server/env';
import { moneyRoute } from '@/server/http/money';
import { AppError } from '@/server/http/problem';
import { topUp } from '@/server/wallet/top-up';
import { otherMethods } from '@/server/http/route';

export const POST = moneyRoute(
  { params: AccountParams, body: TopUpRequest },
  function* (tx, { user, params, body }) {
    if (!env().ANXIN_DEMO) throw new AppError('demo_only');
    const out = yield* topUp(tx, user, params.accountId, body.amount.amount);
    return { status: 201, body: { topUp: out.topUp }, transactionId: out.transactionId };
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
