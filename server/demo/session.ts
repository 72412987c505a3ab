import 'server-only';
import type { z } from 'zod';
import type { DemoSessionRequest } from '../api/schemas';
import { getDb } from '../db/client';
import { env } from '../env';
import { AppError } from '../http/problem';
import { DEMO, ensureCitizen } from './seed';

/** Which user a demo sign-in request stands for; demo mode only (404 otherwise). */
export async function demoUserFor(req: z.infer<typeof DemoSessionRequest>): Promise<string> {
  if (!env().ANXIN_DEMO) throw new AppError('demo_only');
  if (req.persona === 'citizen') return ensureCitizen(await getDb(), req.n, req.careMode ?? false);
  return DEMO[req.persona].id;
}
