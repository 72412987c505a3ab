import { NextResponse } from 'next/server';
import { StepUpRequest } from '@/server/api/schemas';
import { relyingParty } from '@/server/auth/passkeys';
import { markSteppedUp, SESSION_COOKIE } from '@/server/auth/sessions';
import { verifyStepUp } from '@/server/auth/step-up';
import { handle, otherMethods, requestOrigin } from '@/server/http/route';

export const POST = handle(
  { auth: 'required', body: StepUpRequest },
  async ({ req, user, body }) => {
    await verifyStepUp(user!, body, relyingParty(requestOrigin(req)));
    await markSteppedUp(req.cookies.get(SESSION_COOKIE)?.value);
    return new NextResponse(null, { status: 204 });
  },
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
