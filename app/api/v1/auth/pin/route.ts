import { PinSignIn } from '@/server/api/schemas';
import { checkPin } from '@/server/auth/pin';
import { signedIn } from '@/server/auth/respond';
import { handle, otherMethods } from '@/server/http/route';

export const POST = handle({ body: PinSignIn }, async ({ body, secure }) =>
  signedIn(await checkPin(body.phone, body.pin), 'pin', secure),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
