import { relyingParty } from '@/server/auth/passkeys';
import { stepUpOptions } from '@/server/auth/step-up';
import { handle, json, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle({ auth: 'required' }, async ({ req, user }) =>
  json(await stepUpOptions(user!, relyingParty(requestOrigin(req)))),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
