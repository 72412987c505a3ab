import { BILLERS, billerName } from '@/server/bills/directory';
import { handle, json, otherMethods } from '@/server/http/route';

export const GET = handle({}, async ({ locale }) =>
  json({
    billers: BILLERS.map((b) => ({
      id: b.id,
      billType: b.billType,
      name: billerName(b, locale),
    })),
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
