import { AccountParams } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { account } from '@/server/wallet/history';

export const GET = handle({ auth: 'required', params: AccountParams }, async ({ user, params }) =>
  json(await account(await getDb(), user!, params.accountId)),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
