import { ReceiptParams } from '@/server/api/schemas';
import { getDb } from '@/server/db/client';
import { handle, otherMethods } from '@/server/http/route';
import { receiptFor } from '@/server/receipts/access';
import { renderReceiptPdf } from '@/server/receipts/pdf';

export const GET = handle(
  { auth: 'required', params: ReceiptParams },
  async ({ user, params, locale }) => {
    const r = await receiptFor(await getDb(), user!, params.receiptId);
    const pdf = await renderReceiptPdf(r, locale);
    return new Response(Buffer.from(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${r.payload.id}.pdf"`,
        'content-language': locale,
        'cache-control': 'private, no-store',
      },
    });
  },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
