import { revokeSession, SESSION_COOKIE } from '@/server/auth/sessions';
import { handle, otherMethods } from '@/server/http/route';
import { NextResponse } from 'next/server';

export const POST = handle({}, async ({ req }) => {
  await revokeSession(req.cookies.get(SESSION_COOKIE)?.value);
  const res = new NextResponse(null, { status: 204 });
  res.cookies.delete(SESSION_COOKIE);
  return res;
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
