import { AccountParams, BillsQuery } from '@/server/api/schemas';
import { listBills } from '@/server/bills/bills';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods, query } from '@/server/http/route';

export const GET = handle(
  { auth: 'required', params: AccountParams },
  async ({ req, user, params, locale }) => {
    const { status } = query(req, BillsQuery, locale);
    return json({ bills: await listBills(await getDb(), user!, params.accountId, status, locale) });
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
