import { AccountParams, ScanRequest } from '@/server/api/schemas';
import { billFromQr } from '@/server/bills/bills';
import { getDb } from '@/server/db/client';
import { inTransaction } from '@/server/db/tx';
import { handle, json, otherMethods } from '@/server/http/route';

export const POST = handle(
  { auth: 'required', params: AccountParams, body: ScanRequest },
  async ({ user, params, body, locale }) =>
    json({
      bill: await inTransaction(await getDb(), (tx) =>
        billFromQr(tx, user!, params.accountId, body.code, locale),
      ),
    }),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
