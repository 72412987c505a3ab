import { authenticationOptions, relyingParty } from '@/server/auth/passkeys';
import { handle, json, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle({}, async ({ req }) =>
  json(await authenticationOptions(relyingParty(requestOrigin(req)))),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
