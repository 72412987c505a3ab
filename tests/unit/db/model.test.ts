import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payBill } from '@/server/bills/bills';
import type { Op } from '@/server/db/op';
import type { Outcome } from '@/server/idempotency';
import { ledgerViolations } from '@/server/ledger/invariants';
import { transfer } from '@/server/transfers/transfers';
import { topUp } from '@/server/wallet/top-up';
import { balance, mapOp, run, world } from './world';

const pg = Boolean(process.env.DATABASE_URL);
type World = Awaited<ReturnType<typeof world>>;

interface Model {
  a: number;
  b: number;
  paid: Set<number>;
  keys: Map<string, { what: string; status: number; body: string }>;
  bills: number[];
}
interface Real {
  w: World;
  n: number;
}

const ok = (op: Op<{ transactionId: string; [k: string]: unknown }>, pick: string): Op<Outcome> =>
  mapOp(op, (r) => ({ status: 201, body: r[pick], transactionId: r.transactionId }));

/** Applies a request to the real system and, with the same rule, to the model. */
async function request(
  m: Model,
  r: Real,
  key: string,
  what: string,
  op: Parameters<typeof run>[3],
  expectModel: () => number,
) {
  const out = await run(r.w.owner.id, key, what, op);
  const known = m.keys.get(key);
  if (known) {
    expect(out.replayed).toBe(true);
    expect([out.status, JSON.stringify(out.body)]).toEqual([known.status, known.body]);
  } else {
    expect(out.status).toBe(expectModel());
    m.keys.set(key, { what, status: out.status, body: JSON.stringify(out.body) });
  }
}

class TopUp implements fc.AsyncCommand<Model, Real> {
  constructor(readonly amount: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const key = `top-${++r.n}`;
    await request(
      m,
      r,
      key,
      key,
      (tx) => ok(topUp(tx, r.w.owner, r.w.a, this.amount), 'topUp'),
      () => ((m.a += this.amount), 201),
    );
  }
  toString = () => `topUp(${this.amount})`;
}

class Pay implements fc.AsyncCommand<Model, Real> {
  constructor(readonly bill: number) {}
  check = (m: Readonly<Model>) => this.bill < m.bills.length;
  async run(m: Model, r: Real) {
    const key = `pay-${++r.n}`;
    const amount = m.bills[this.bill]!;
    await request(
      m,
      r,
      key,
      key,
      (tx) => ok(payBill(tx, r.w.owner, r.w.a, r.w.billIds[this.bill]!, pg), 'payment'),
      () => {
        if (m.paid.has(this.bill)) return 409;
        if (m.a < amount) return 409;
        m.a -= amount;
        m.paid.add(this.bill);
        return 201;
      },
    );
  }
  toString = () => `pay(${this.bill})`;
}

class Send implements fc.AsyncCommand<Model, Real> {
  constructor(readonly amount: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const key = `send-${++r.n}`;
    await request(
      m,
      r,
      key,
      key,
      (tx) => ok(transfer(tx, r.w.owner, r.w.a, r.w.contactId, this.amount, pg), 'transfer'),
      () => {
        if (m.a < this.amount) return 409;
        m.a -= this.amount;
        m.b += this.amount;
        return 201;
      },
    );
  }
  toString = () => `send(${this.amount})`;
}

class Replay implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.keys.size > 0;
  async run(m: Model, r: Real) {
    const keys = [...m.keys.keys()];
    const key = keys[this.pick % keys.length]!;
    const { what } = m.keys.get(key)!;
    // The operation passed here must never run: a stored key replays its first reply.
    await request(
      m,
      r,
      key,
      what,
      function* () {
        throw new Error('a replayed key ran its operation again');
      },
      () => 0,
    );
  }
  toString = () => `replay(${this.pick})`;
}

class Read implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    expect(await balance(r.w.a)).toBe(m.a);
    expect(await balance(r.w.b)).toBe(m.b);
  }
  toString = () => 'read';
}

describe(`ledger model (${pg ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('matches a simple model after every step of random top-ups, payments, transfers, replays and reads', async () => {
    const bills = [12_850, 4_500, 6_820, 100_000];
    const commands = [
      fc.integer({ min: 1, max: 50_000 }).map((a) => new TopUp(a)),
      fc.nat({ max: bills.length - 1 }).map((b) => new Pay(b)),
      fc.integer({ min: 1, max: 40_000 }).map((a) => new Send(a)),
      fc.nat().map((p) => new Replay(p)),
      fc.constant(new Read()),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const w = await world({ balance: 20_000, bills });
        const model: Model = { a: 20_000, b: 0, paid: new Set(), keys: new Map(), bills };
        const real: Real = { w, n: 0 };
        await fc.asyncModelRun(
          () => ({ model, real }),
          [...cmds].map((c) => wrap(c)),
        );
        expect(await ledgerViolations(w.db.kysely)).toEqual([]);
      }),
      { numRuns: pg ? 12 : 25 },
    );
  });
});

/** After every command: the ledger's invariants hold and the database equals the model. */
function wrap(c: fc.AsyncCommand<Model, Real>): fc.AsyncCommand<Model, Real> {
  return {
    check: (m) => c.check(m),
    run: async (m, r) => {
      await c.run(m, r);
      expect(await ledgerViolations(r.w.db.kysely)).toEqual([]);
      expect(await balance(r.w.a)).toBe(m.a);
      expect(await balance(r.w.b)).toBe(m.b);
    },
    toString: () => c.toString(),
  };
}
