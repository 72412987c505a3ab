import { AccountParams, NewBillAccount } from '@/server/api/schemas';
import { addBillAccount } from '@/server/bills/bills';
import { billerByType } from '@/server/bills/directory';
import { getDb } from '@/server/db/client';
import { inTransaction } from '@/server/db/tx';
import { handle, json, otherMethods } from '@/server/http/route';

export const POST = handle(
  { auth: 'required', params: AccountParams, body: NewBillAccount },
  async ({ user, params, body, locale }) => {
    const billerId = body.billerId ?? billerByType(body.billType!)!.id;
    const saved = await inTransaction(await getDb(), (tx) =>
      addBillAccount(tx, user!, params.accountId, billerId, body.customerNumber, locale),
    );
    return json({ billAccount: saved }, 201);
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
