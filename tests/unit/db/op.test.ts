import { sql } from 'kysely';
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
});
