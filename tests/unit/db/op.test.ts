import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/server/db/client';
import { all, first, prepared, run, type Op } from '@/server/db/op';
import { inTransaction, perform, transact } from '@/server/db/tx';
import { freshUser } from './helpers';

const pg = Boolean(process.env.DATABASE_URL);

function* catching(op: Op<unknown>): Op<unknown> {
  try {
    yield* op;
    return undefined;
  } catch (err) {
    return err;
  }
}

const userById = prepared((db, a: { id: string }) =>
  db.selectFrom('users').select(['id', 'name_en']).where('id', '=', a.id),
);
const rename = prepared((db, a: { id: string; name: string }) =>
  db.updateTable('users').set({ name_en: a.name }).where('id', '=', a.id),
);

describe(`database Ops (${pg ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('prepared queries bind each call’s own values, like the same query built afresh', async () => {
    const db = await getDb();
    const [u, v] = [{ id: (await freshUser()).id }, { id: (await freshUser()).id }];
    await perform(db, run(rename(db.kysely, { id: v.id, name: 'Other' })));
    for (const who of [u, v, { id: 'usr_none' }]) {
      const fresh = await db.kysely
        .selectFrom('users')
        .select(['id', 'name_en'])
        .where('id', '=', who.id)
        .executeTakeFirst();
      expect(await perform(db, first(userById(db.kysely, who)))).toEqual(fresh);
    }
    expect((await perform(db, first(userById(db.kysely, v))))?.name_en).toBe('Other');
  });

  it('refuses to prepare a query whose argument is not passed through as a parameter', () => {
    const db = getDb();
    const computed = prepared((d, a: { n: number }) =>
      d
        .selectFrom('users')
        .select('id')
        .where(sql<boolean>`${a.n * 2} > 0`),
    );
    const literal = prepared((d, a: { id: string }) =>
      d.selectFrom('users').select('id').where('id', '=', `usr_${a.id}`),
    );
    return db.then(({ kysely }) => {
      expect(() => computed(kysely, { n: 1 }).compile()).toThrow(/not a parameter/);
      expect(() => literal(kysely, { id: 'x' }).compile()).toThrow(/changed on its way/);
    });
  });

  it('rolls back every statement of a transaction that throws, and passes the error on', async () => {
    const db = await getDb();
    const u = { id: (await freshUser()).id };
    const boom = new Error('boom');
    await expect(
      transact(db, function* (tx): Op<void> {
        yield* run(rename(tx, { id: u.id, name: 'Changed' }));
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await perform(db, first(userById(db.kysely, u))))?.name_en).toBe('Test');
  });

  // PostgreSQL aborts the whole transaction on a failed statement; SQLite lets it go on.
  it.skipIf(pg)('hands a failed statement’s error to the Op, which may catch it', async () => {
    const db = await getDb();
    const u = { id: (await freshUser()).id };
    await transact(db, function* (tx) {
      yield* run(rename(tx, { id: u.id, name: 'Before' }));
      const err = yield* catching(
        all(tx.selectFrom('users').select(sql<number>`no_such_column`.as('x'))),
      );
      expect(String(err)).toMatch(/no_such_column/);
      yield* run(rename(tx, { id: u.id, name: 'After' }));
    });
    expect((await perform(db, first(userById(db.kysely, u))))?.name_en).toBe('After');
  });

  it('waits for a kysely transaction to finish before running a synchronous one', async () => {
    const db = await getDb();
    const u = { id: (await freshUser()).id };
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const slow = inTransaction(db, async (tx) => {
      await perform(tx, run(rename(tx, { id: u.id, name: 'Slow' })));
      await gate;
      await perform(tx, run(rename(tx, { id: u.id, name: 'Slow done' })));
    });
    await new Promise((r) => setTimeout(r, 20));
    const fast = transact(db, function* (tx) {
      return (yield* first(userById(tx, u)))?.name_en;
    });
    setTimeout(release, 20);
    await slow;
    // Never the middle of the slow transaction: on SQLite it waited for the end; on PostgreSQL
    // it read whatever was committed when it looked.
    expect(pg ? ['Test', 'Slow done'] : ['Slow done']).toContain(await fast);
  });

  describe.skipIf(pg)('group commit (SQLite)', () => {
    const raw = (text: string) => ({ compile: () => CompiledQuery.raw(text) });

    it('runs Ops of one turn in one transaction; one that throws is undone alone', async () => {
      const db = await getDb();
      const [a, b, c] = [await freshUser(), await freshUser(), await freshUser()];
      const boom = new Error('boom');
      const inSameTransaction: boolean[] = [];
      const results = await Promise.allSettled([
        transact(db, function* (tx) {
          yield* run(rename(tx, { id: a.id, name: 'A' }));
          inSameTransaction.push(db.sqlite!.database.inTransaction);
          return 'a';
        }),
        transact(db, function* (tx): Op<string> {
          yield* run(rename(tx, { id: b.id, name: 'B' }));
          throw boom;
        }),
        transact(db, function* (tx) {
          // Sees the first Op's write: the batch runs one Op after another.
          const seen = (yield* first(userById(tx, { id: a.id })))?.name_en;
          yield* run(rename(tx, { id: c.id, name: `C saw ${seen}` }));
          inSameTransaction.push(db.sqlite!.database.inTransaction);
          return 'c';
        }),
      ]);
      expect(results).toEqual([
        { status: 'fulfilled', value: 'a' },
        { status: 'rejected', reason: boom },
        { status: 'fulfilled', value: 'c' },
      ]);
      expect(inSameTransaction).toEqual([true, true]);
      const names = await Promise.all(
        [a, b, c].map(async (u) => (await perform(db, first(userById(db.kysely, u))))?.name_en),
      );
      expect(names).toEqual(['A', 'Test', 'C saw A']);
    });

    it('when COMMIT fails, every Op of the batch gets the error and nothing is kept', async () => {
      const db = await getDb();
      const [a, b] = [await freshUser(), await freshUser()];
      const results = await Promise.allSettled([
        transact(db, function* (tx) {
          yield* run(rename(tx, { id: a.id, name: 'A' }));
        }),
        transact(db, function* (tx) {
          // A foreign key checked only at COMMIT, broken on purpose.
          yield* run(raw('pragma defer_foreign_keys = on'));
          yield* run(rename(tx, { id: b.id, name: 'B' }));
          yield* run(
            tx.insertInto('sessions').values({
              id: `ses_t_${b.id}`,
              user_id: 'usr_nobody',
              method: 'pin',
              created_at: new Date().toISOString(),
              expires_at: new Date().toISOString(),
              revoked_at: null,
              stepped_up_at: null,
            }),
          );
        }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
      expect(db.sqlite!.database.inTransaction).toBe(false);
      for (const u of [a, b])
        expect((await perform(db, first(userById(db.kysely, u))))?.name_en).toBe('Test');
    });

    it('answers a long queue in several transactions of at most 64 Ops, in order', async () => {
      const db = await getDb();
      const u = { id: (await freshUser()).id };
      const order: number[] = [];
      const all = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          transact(db, function* (tx) {
            yield* run(rename(tx, { id: u.id, name: `n${i}` }));
            order.push(i);
            return i;
          }),
        ),
      );
      expect(all).toEqual(order);
      expect(order).toEqual([...order].sort((x, y) => x - y));
      expect((await perform(db, first(userById(db.kysely, u))))?.name_en).toBe('n149');
    });
  });
});
