import { AccountParams, HistoryQuery } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods, query } from '@/server/http/route';
import { history } from '@/server/wallet/history';

export const GET = handle(
  { auth: 'required', params: AccountParams },
  async ({ req, user, params, locale }) => {
    const { month } = query(req, HistoryQuery, locale);
    return json({
      transactions: await history(await getDb(), user!, params.accountId, month, locale),
    });
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
