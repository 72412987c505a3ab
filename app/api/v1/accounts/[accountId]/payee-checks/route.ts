import { AccountParams, PayeeCheckRequest } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { checkPayee } from '@/server/transfers/transfers';

export const POST = handle(
  { auth: 'required', params: AccountParams, body: PayeeCheckRequest },
  async ({ user, params, body }) =>
    json({
      check: await checkPayee(await getDb(), user!, params.accountId, body.toContactId, body.name),
    }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
