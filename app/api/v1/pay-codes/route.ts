import { getDb } from '@/server/db/client';
import { handle, json, otherMethods } from '@/server/http/route';
import { issuePayCode } from '@/server/paycode/paycode';

// A fresh payment code for the signed-in user's own wallet. Nothing is stored; see paycode.ts.
export const POST = handle({ auth: 'required' }, async ({ user }) =>
  json(await issuePayCode((await getDb()).kysely, user!), 201),
);

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
