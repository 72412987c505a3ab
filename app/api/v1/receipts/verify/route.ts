import { ReceiptVerifyRequest } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { verifyReceipt } from '@/server/receipts/receipts';

// Anyone holding a receipt (a clerk, a relative) can check it; it reveals nothing they do not hold.
export const POST = handle({ body: ReceiptVerifyRequest }, async ({ body }) => {
  const { valid, payload } = await verifyReceipt(
    (await getDb()).kysely,
    body.payload,
    body.signature,
  );
  return json(valid ? { valid, receipt: payload } : { valid });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
