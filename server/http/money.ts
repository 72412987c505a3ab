import 'server-only';
import type { z } from 'zod';
import type { UserRow } from '../db/schema';
import { getDb, type Db } from '../db/client';
import type { Op } from '../db/op';
import type { Tx } from '../db/tx';
import { fingerprint, idempotent, parseIdempotencyKey, type Outcome } from '../idempotency';
import { handle, type Ctx } from './route';

/**
 * A route that moves money: validated first (an invalid request is refused and its key is not
 * stored), then run once per Idempotency-Key inside one database transaction.
 */
export function moneyRoute<B, P>(
  spec: { body?: z.ZodType<B>; params?: z.ZodType<P> },
  op: (tx: Tx, ctx: Ctx<B, P> & { user: UserRow; db: Db }) => Op<Outcome>,
) {
  return handle<B, P>({ auth: 'required', ...spec }, async (ctx) => {
    const key = parseIdempotencyKey(ctx.req.headers.get('idempotency-key'));
    const db = await getDb();
    const user = ctx.user!;
    const out = await idempotent(
      db,
      {
        userId: user.id,
        key,
        fingerprint: fingerprint(ctx.req.method, ctx.req.nextUrl.pathname, ctx.body),
        locale: ctx.locale,
      },
      (tx) => op(tx, { ...ctx, user, db }),
    );
    const res = Response.json(out.body, { status: out.status });
    if (out.status >= 400)
      res.headers.set('content-type', 'application/problem+json; charset=utf-8');
    res.headers.set('cache-control', 'no-store');
    if (out.replayed) res.headers.set('idempotent-replayed', 'true');
    return res;
  });
}
