import { DemoSessionRequest } from '@/server/api/schemas';
import { signedIn } from '@/server/auth/respond';
import { demoUserFor } from '@/server/demo/session';
import { handle, otherMethods } from '@/server/http/route';

export const POST = handle({ body: DemoSessionRequest }, async ({ body, secure }) => {
  const userId = await demoUserFor(body);
  return signedIn(userId, 'demo', secure);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
