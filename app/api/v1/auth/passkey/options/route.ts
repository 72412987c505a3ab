import { authenticationOptions, relyingParty } from '@/server/auth/passkeys';
import { handle, json, requestOrigin } from '@/server/http/route';

export const POST = handle({}, async ({ req }) =>
  json(await authenticationOptions(relyingParty(requestOrigin(req)))),
);
