import { ReceiptParams } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { receiptFor } from '@/server/receipts/access';

export const GET = handle({ auth: 'required', params: ReceiptParams }, async ({ user, params }) => {
  const r = await receiptFor(await getDb(), user!, params.receiptId);
  return json({ receipt: r.payload, payload: r.canonical, signature: r.signature, keyId: r.keyId });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
