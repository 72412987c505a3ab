import { registrationOptions, relyingParty } from '@/server/auth/passkeys';
import { handle, json, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle({ auth: 'required' }, async ({ req, user }) =>
  json(await registrationOptions(user!, relyingParty(requestOrigin(req)))),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
