import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { PasskeyVerify } from '@/server/api/schemas';
import { relyingParty, verifyAuthentication } from '@/server/auth/passkeys';
import { signedIn } from '@/server/auth/respond';
import { handle, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle({ body: PasskeyVerify }, async ({ req, body, secure }) => {
  const response = body.response as unknown as AuthenticationResponseJSON;
  const userId = await verifyAuthentication(
    body.challengeId,
    response,
    relyingParty(requestOrigin(req)),
  );
  return signedIn(userId, 'passkey', secure);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
