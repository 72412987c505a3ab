import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { PasskeyVerify } from '@/server/api/schemas';
import { relyingParty, verifyRegistration } from '@/server/auth/passkeys';
import { handle, json, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle(
  { auth: 'required', body: PasskeyVerify },
  async ({ req, user, body }) => {
    const response = body.response as unknown as RegistrationResponseJSON;
    const saved = await verifyRegistration(
      user!,
      body.challengeId,
      response,
      relyingParty(requestOrigin(req)),
    );
    return json({ passkey: saved }, 201);
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
