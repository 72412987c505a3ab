import { BillParams } from '@/server/api/schemas';
import { payBill } from '@/server/bills/bills';
import { moneyRoute } from '@/server/http/money';
import { otherMethods } from '@/server/http/route';

export const POST = moneyRoute({ params: BillParams }, function* (tx, { user, params, db }) {
  const { transactionId, payment } = yield* payBill(
    tx,
    user,
    params.accountId,
    params.billId,
    db.kind === 'postgres',
  );
  return { status: 201, body: { payment }, transactionId };
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
