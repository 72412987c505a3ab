import 'server-only';
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

// An Op is a database operation written once as a generator: it builds each query with kysely
// and `yield*`s it; a driver runs the statement and hands the result back. The same Op runs
// synchronously on SQLite (better-sqlite3, prepared statements, no promise between BEGIN and
// COMMIT, so nothing else can interleave) and asynchronously on PostgreSQL (awaiting pg).
// Inside an Op there is no `await`: anything asynchronous happens before or after it.

/** One statement an Op asks its driver to run: every row, the first row, or rows changed. */
export interface Step {
  query: CompiledQuery;
  mode: 'all' | 'first' | 'run';
}

export type Op<T> = Generator<Step, T, unknown>;

/** Runs one Step. Synchronous on SQLite, a promise on PostgreSQL. */
export type Executor = (step: Step) => unknown;

/** Every row of a select (or of a statement with `returning`). */
export function* all<R>(query: Compilable<R>): Op<R[]> {
  return (yield { query: query.compile(), mode: 'all' }) as R[];
}

/** The first row, or undefined. */
export function* first<R>(query: Compilable<R>): Op<R | undefined> {
  return (yield { query: query.compile(), mode: 'first' }) as R | undefined;
}

/** Runs an insert, update or delete; returns how many rows it changed. */
export function* run(query: Compilable<unknown>): Op<number> {
  return (yield { query: query.compile(), mode: 'run' }) as number;
}

/**
 * A query that is built and compiled once per dialect, then run with other values: kysely
 * builds and compiles every query afresh, which costs more than SQLite takes to run it. `build`
 * is called once with a stand-in for each argument; each stand-in must reach the SQL as a bound
 * parameter, unchanged (no arithmetic on it, no `if` on it), or preparing fails loudly.
 */
export function prepared<A extends object, R>(
  build: (db: Kysely<Database>, args: A) => Compilable<R>,
): (db: Kysely<Database>, args: A) => Compilable<R> {
  const templates = new WeakMap<object, { query: CompiledQuery<R>; slots: (string | null)[] }>();
  return (db, args) => ({
    compile() {
      const adapter = db.getExecutor().adapter;
      let t = templates.get(adapter);
      if (!t) templates.set(adapter, (t = template(db, build, Object.keys(args))));
      const { query, slots } = t;
      const values = args as Record<string, unknown>;
      const parameters = slots.map((s, i) => (s === null ? query.parameters[i] : values[s]));
      return { ...query, parameters };
    },
  });
}

const STAND_IN = '\u0000arg:';

function template<A extends object, R>(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, args: A) => Compilable<R>,
  names: string[],
) {
  const standIns = Object.fromEntries(names.map((n) => [n, `${STAND_IN}${n}`])) as unknown as A;
  const query = build(db, standIns).compile();
  const slots = query.parameters.map((p) => {
    if (typeof p !== 'string' || !p.includes(STAND_IN)) return null;
    const name = p.slice(STAND_IN.length);
    if (!p.startsWith(STAND_IN) || !names.includes(name))
      throw new Error(`prepared query: argument changed on its way to SQL: ${query.sql}`);
    return name;
  });
  for (const n of names)
    if (!slots.includes(n)) throw new Error(`prepared query: argument ${n} is not a parameter`);
  return { query, slots };
}

/** Drives an Op with a synchronous executor: one plain call, no promises. */
export function runSync<T>(exec: Executor, op: Op<T>): T {
  let next = op.next();
  while (!next.done) {
    let result: unknown;
    try {
      result = exec(next.value);
    } catch (err) {
      next = op.throw(err);
      continue;
    }
    next = op.next(result);
  }
  return next.value;
}

/** Drives an Op with an asynchronous executor. */
export async function runAsync<T>(exec: Executor, op: Op<T>): Promise<T> {
  let next = op.next();
  while (!next.done) {
    let result: unknown;
    try {
      result = await exec(next.value);
    } catch (err) {
      next = op.throw(err);
      continue;
    }
    next = op.next(result);
  }
  return next.value;
}

/** Runs Steps through kysely on the given connection or transaction (any dialect). */
export function kyselyExecutor(db: Kysely<Database>): Executor {
  return async ({ query, mode }) => {
    const res = await db.executeQuery(query);
    if (mode === 'run') return Number(res.numAffectedRows ?? 0);
    return mode === 'first' ? res.rows[0] : res.rows;
  };
}
