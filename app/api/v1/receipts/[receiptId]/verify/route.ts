import { ReceiptParams } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { receiptFor } from '@/server/receipts/access';

// Loading a stored receipt re-checks its signature: a changed row is refused as receipt_invalid.
export const GET = handle({ auth: 'required', params: ReceiptParams }, async ({ user, params }) => {
  const r = await receiptFor(await getDb(), user!, params.receiptId);
  return json({ valid: true, receiptId: r.payload.id, keyId: r.keyId });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
