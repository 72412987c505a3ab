import { getDb } from '@/server/db/client';
import { resetDemo } from '@/server/demo/seed';
import { env } from '@/server/env';
import { AppError } from '@/server/http/problem';
import { handle, json, otherMethods } from '@/server/http/route';

export const POST = handle({}, async () => {
  if (!env().ANXIN_DEMO) throw new AppError('demo_only');
  await resetDemo(await getDb());
  return json({ status: 'reset' });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
