import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/server/db/schema';
import { ledgerViolations } from '@/server/ledger/invariants';

// Crash test: load a real production server (SQLite) with money requests, kill -9 it at a random
// moment, restart it on the same file, and check that the file is intact, the ledger's invariants
// hold, every request acknowledged with a 2xx is in the database exactly once and replays
// identically, and each wallet's balance agrees with the movements the database holds.
// Requests cut off by the kill may or may not have committed; both are allowed.
// With CRASH_TEST_DATABASE_URL the server runs on that PostgreSQL database (a fresh one:
// scripts/test.sh makes it) instead of a SQLite file, and the same checks read it there.

const ROOT = path.resolve(import.meta.dirname, '../..');
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
const CITIZENS = 8;
const WORKERS = 16;
const OPENING_BALANCE = 300_000; // a demo citizen's wallet, in fen
const START_TIMEOUT_MS = 90_000;
const REQUEST_TIMEOUT_MS = 60_000;
const PG_URL = process.env.CRASH_TEST_DATABASE_URL || undefined;

// ---- the server --------------------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  pid: number;
  log: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startServer(port: number, sqlitePath: string): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ANXIN_DEMO: '1',
    NODE_ENV: 'production',
    SQLITE_PATH: sqlitePath,
    DATABASE_URL: PG_URL ?? '',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.PUBLIC_URL; // the CSRF check must see the origin we send
  delete env.PORT;
  // The binary itself, not npm/npx/a shell: child.pid is the server process we kill.
  const child = spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('could not spawn next start');
  const log: string[] = [];
  const keep = (d: Buffer) => {
    log.push(...d.toString().split('\n').filter(Boolean));
    if (log.length > 300) log.splice(0, log.length - 300);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, pid: child.pid, log, exited };
}

const alive = (s: Server) => s.child.exitCode === null && s.child.signalCode === null;

async function waitHealthy(s: Server, base: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (!alive(s)) throw new Error(`server exited before it was healthy:\n${s.log.join('\n')}`);
    try {
      const res = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > START_TIMEOUT_MS)
      throw new Error(`server not healthy after ${START_TIMEOUT_MS} ms:\n${s.log.join('\n')}`);
    await sleep(200);
  }
}

async function stopServer(s: Server) {
  if (!alive(s)) return;
  process.kill(s.pid, 'SIGTERM');
  const done = await Promise.race([s.exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!done && alive(s)) {
    process.kill(s.pid, 'SIGKILL');
    await s.exited;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, () => srv.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const port = 3400 + Math.floor(Math.random() * 500);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port in 3400-3899');
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---- HTTP --------------------------------------------------------------------------------------

interface Reply {
  status: number;
  text: string;
  json: unknown;
  cookies: string[];
}

async function http(
  base: string,
  method: string,
  urlPath: string,
  opts: { cookie?: string; body?: string; key?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (method !== 'GET') headers.origin = base;
  if (opts.key !== undefined) headers['idempotency-key'] = opts.key;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}/api/v1${urlPath}`, {
    method,
    headers,
    body: opts.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, text, json, cookies: res.headers.getSetCookie() };
}

async function getOk<T>(base: string, urlPath: string, cookie: string): Promise<T> {
  const r = await http(base, 'GET', urlPath, { cookie });
  if (r.status !== 200) throw new Error(`GET ${urlPath}: ${r.status} ${r.text}`);
  return r.json as T;
}

function errorCode(err: unknown): string {
  const e = err as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  return e.cause?.code ?? e.code ?? e.cause?.name ?? e.name ?? String(err);
}

// ---- the scenario's state ----------------------------------------------------------------------

interface Citizen {
  n: number;
  userId: string;
  accountId: string;
  cookie: string;
  contactId: string;
  dueBills: { id: string; amount: number }[];
}

type Kind = 'transfer' | 'payment';

interface Sent {
  key: string;
  citizen: Citizen;
  kind: Kind;
  amount: number;
  path: string;
  body: string | undefined;
  sentAt: number; // ms since the load started
  status?: number;
  text?: string;
  json?: unknown;
  error?: string;
}

interface MovementRow {
  id: string;
  account_id: string;
  transaction_id: string;
  amount: number;
}

const isAck = (s: Sent) =>
  s.error === undefined && s.status !== undefined && s.status >= 200 && s.status < 300;
/** Cut off by the kill with no reply: the request may or may not have committed. */
const inDoubt = (s: Sent) => s.error !== undefined && s.error !== 'ECONNREFUSED';

function movementId(s: Sent): string {
  const body = s.json as { transfer?: { id?: unknown }; payment?: { id?: unknown } };
  const id = s.kind === 'transfer' ? body?.transfer?.id : body?.payment?.id;
  if (typeof id !== 'string') throw new Error(`2xx ${s.kind} ${s.key} without an id: ${s.text}`);
  return id;
}

let dir = '';
let sqlitePath = '';
let base = '';
const servers: Server[] = [];
let sqlite: SQLite.Database | undefined;
let db: Kysely<Database>;
const citizens: Citizen[] = [];
const sent: Sent[] = [];
let killedAtMs = 0;
let killSignal: NodeJS.Signals | null = null;
let plannedKillMs = 0;
let portDeadAfterKill = false;
const t0 = Date.now();

async function movements(table: 'transfers' | 'payments'): Promise<MovementRow[]> {
  const rows = await db
    .selectFrom(table)
    .select(['id', 'account_id', 'transaction_id', 'amount'])
    .where(
      'account_id',
      'in',
      citizens.map((c) => c.accountId),
    )
    .execute();
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

async function walletBalances(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const c of citizens) {
    const acc = await getOk<{ balance: { amount: number } }>(
      base,
      `/accounts/${c.accountId}`,
      c.cookie,
    );
    out.set(c.accountId, acc.balance.amount);
  }
  return out;
}

// ---- load, kill, restart -----------------------------------------------------------------------

async function signIn(n: number): Promise<Citizen> {
  const r = await http(base, 'POST', '/demo/session', {
    body: JSON.stringify({ persona: 'citizen', n }),
  });
  if (r.status !== 200) throw new Error(`demo sign-in ${n}: ${r.status} ${r.text}`);
  const cookie = r.cookies.map((c) => c.split(';')[0]).join('; ');
  if (!cookie) throw new Error('demo sign-in set no cookie');
  const me = await getOk<{ user: { id: string }; accounts: { id: string }[] }>(base, '/me', cookie);
  const accountId = me.accounts[0]!.id;
  const contacts = await getOk<{ contacts: { id: string }[] }>(
    base,
    `/accounts/${accountId}/contacts`,
    cookie,
  );
  const bills = await getOk<{ bills: { id: string; amount: { amount: number } }[] }>(
    base,
    `/accounts/${accountId}/bills?status=due`,
    cookie,
  );
  return {
    n,
    userId: me.user.id,
    accountId,
    cookie,
    contactId: contacts.contacts[0]!.id,
    dueBills: bills.bills.map((b) => ({ id: b.id, amount: b.amount.amount })),
  };
}

async function worker(w: number, loadStart: number, stop: { now: boolean }) {
  const c = citizens[w % citizens.length]!;
  for (let i = 0; !stop.now; i++) {
    const payBill = c.dueBills.length > 0 && Math.random() < 0.15;
    let s: Sent;
    if (payBill) {
      const bill = c.dueBills.splice(Math.floor(Math.random() * c.dueBills.length), 1)[0]!;
      s = {
        key: `crash-${c.n}-${w}-${i}-${Math.random().toString(36).slice(2)}`,
        citizen: c,
        kind: 'payment',
        amount: bill.amount,
        path: `/accounts/${c.accountId}/bills/${bill.id}/payments`,
        body: undefined,
        sentAt: Date.now() - loadStart,
      };
    } else {
      const amount = 1 + Math.floor(Math.random() * 500);
      s = {
        key: `crash-${c.n}-${w}-${i}-${Math.random().toString(36).slice(2)}`,
        citizen: c,
        kind: 'transfer',
        amount,
        path: `/accounts/${c.accountId}/transfers`,
        body: JSON.stringify({
          toContactId: c.contactId,
          amount: { amount, currency: 'CNY' },
        }),
        sentAt: Date.now() - loadStart,
      };
    }
    sent.push(s);
    try {
      const r = await http(base, 'POST', s.path, { cookie: c.cookie, body: s.body, key: s.key });
      s.status = r.status;
      s.text = r.text;
      s.json = r.json;
    } catch (err) {
      s.error = errorCode(err);
      return; // the server is gone: this loop stops
    }
  }
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, '.next/BUILD_ID')))
    throw new Error('no production build: run `npx next build` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-crash-'));
  sqlitePath = path.join(dir, 'crash.sqlite');
  const port = Number(process.env.CRASH_TEST_PORT) || (await freePort());
  base = `http://localhost:${port}`;

  const first = startServer(port, sqlitePath);
  servers.push(first);
  const firstStartMs = await waitHealthy(first, base);

  const nBase = 1000 + Math.floor(Math.random() * 1_000_000);
  for (let i = 0; i < CITIZENS; i++) citizens.push(await signIn(nBase + i));

  // The load: WORKERS loops, two per citizen, until the kill cuts them off.
  const stop = { now: false };
  const loadStart = Date.now();
  const loops = Array.from({ length: WORKERS }, (_, w) => worker(w, loadStart, stop));
  plannedKillMs = 500 + Math.random() * 2_500;
  await sleep(plannedKillMs);
  // A machine too slow to answer anything yet would make the test vacuous: wait for one 2xx.
  const ackDeadline = Date.now() + 60_000;
  while (!sent.some(isAck) && Date.now() < ackDeadline && alive(first)) await sleep(10);
  if (!alive(first)) throw new Error(`server died under load:\n${first.log.join('\n')}`);
  process.kill(first.pid, 'SIGKILL');
  killedAtMs = Date.now() - loadStart;
  killSignal = (await first.exited).signal;
  stop.now = true;
  try {
    await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(5_000) });
  } catch {
    portDeadAfterKill = true;
  }
  await Promise.all(loops);

  const second = startServer(port, sqlitePath);
  servers.push(second);
  const restartMs = await waitHealthy(second, base);

  if (PG_URL) {
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: PG_URL, max: 2 }) }),
    });
  } else {
    sqlite = new SQLite(sqlitePath, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 10000');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }

  const status = new Map<string, number>();
  for (const s of sent) {
    const k = s.error ?? String(s.status);
    status.set(k, (status.get(k) ?? 0) + 1);
  }
  console.log(
    [
      `crash test (${PG_URL ? 'PostgreSQL' : 'SQLite'}): ${sent.length} requests by ${WORKERS} loops over ${CITIZENS} citizens`,
      `server up in ${firstStartMs} ms; kill planned at ${Math.round(plannedKillMs)} ms,` +
        ` sent at ${killedAtMs} ms into the load (signal ${killSignal}); restart healthy in ${restartMs} ms`,
      `outcomes: ${JSON.stringify(Object.fromEntries(status))}`,
      `2xx before the kill: ${sent.filter(isAck).length}` +
        ` (${sent.filter((s) => isAck(s) && s.kind === 'transfer').length} transfers,` +
        ` ${sent.filter((s) => isAck(s) && s.kind === 'payment').length} payments);` +
        ` in flight at the kill: ${sent.filter(inDoubt).length}`,
    ].join('\n'),
  );
}, 240_000);

afterAll(async () => {
  await db?.destroy().catch(() => undefined);
  if (sqlite?.open) sqlite.close();
  for (const s of servers) await stopServer(s);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  console.log(`crash test: ${Math.round((Date.now() - t0) / 100) / 10} s in all`);
}, 60_000);

// ---- the checks --------------------------------------------------------------------------------

describe('kill -9 under load, then restart', () => {
  it('really killed a loaded server, after at least one 2xx', () => {
    expect(killSignal).toBe('SIGKILL');
    expect(portDeadAfterKill).toBe(true);
    expect(sent.filter(isAck).length).toBeGreaterThan(0);
    // Nothing a client sent may cause a 5xx, under load or not.
    expect(sent.filter((s) => (s.status ?? 0) >= 500).map((s) => `${s.status} ${s.text}`)).toEqual(
      [],
    );
  });

  it.skipIf(PG_URL)(
    'leaves a database file that passes PRAGMA integrity_check and foreign_key_check',
    () => {
      expect(sqlite!.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite!.pragma('foreign_key_check')).toEqual([]);
    },
  );

  it('keeps the ledger invariants and leaves no half-written idempotency key', async () => {
    expect(await ledgerViolations(db)).toEqual([]);
    const pending = await db
      .selectFrom('idempotency_keys')
      .select(['user_id', 'key'])
      .where('status', '=', 0)
      .execute();
    expect(pending).toEqual([]);
  });

  it('holds every 2xx-acknowledged request exactly once, with its ledger transaction and key', async () => {
    for (const s of sent.filter(isAck)) {
      const id = movementId(s);
      const table = s.kind === 'transfer' ? 'transfers' : 'payments';
      const rows = await db
        .selectFrom(table)
        .select(['id', 'account_id', 'transaction_id', 'amount'])
        .where('id', '=', id)
        .execute();
      expect(rows, `${s.kind} ${id} (key ${s.key})`).toHaveLength(1);
      const row = rows[0]!;
      expect(row.account_id).toBe(s.citizen.accountId);
      expect(Number(row.amount)).toBe(s.amount);
      const txs = await db
        .selectFrom('ledger_transactions')
        .select(['kind', 'wallet_id', 'amount'])
        .where('id', '=', row.transaction_id)
        .execute();
      expect(txs.map((t) => ({ ...t, amount: Number(t.amount) }))).toEqual([
        {
          kind: s.kind === 'transfer' ? 'transfer' : 'bill_payment',
          wallet_id: s.citizen.accountId,
          amount: s.amount,
        },
      ]);
      const key = await db
        .selectFrom('idempotency_keys')
        .select(['status', 'response', 'transaction_id'])
        .where('user_id', '=', s.citizen.userId)
        .where('key', '=', s.key)
        .executeTakeFirst();
      expect(key?.status).toBe(s.status);
      expect(key?.transaction_id).toBe(row.transaction_id);
      expect(JSON.parse(key?.response ?? 'null')).toEqual(s.json);
    }
  });

  it('holds no movement that none of the requests asked for', async () => {
    const ours = new Map(sent.map((s) => [`${s.citizen.userId} ${s.key}`, s]));
    const claimedByKey = async (transactionId: string) =>
      db
        .selectFrom('idempotency_keys')
        .select(['user_id', 'key'])
        .where('transaction_id', '=', transactionId)
        .execute();
    let unacknowledged = 0;
    for (const table of ['transfers', 'payments'] as const) {
      for (const row of await movements(table)) {
        const keys = await claimedByKey(row.transaction_id);
        expect(keys, `${table} ${row.id}`).toHaveLength(1);
        const s = ours.get(`${keys[0]!.user_id} ${keys[0]!.key}`);
        expect(s, `${table} ${row.id} was made by a request this test sent`).toBeDefined();
        if (isAck(s!)) expect(movementId(s!)).toBe(row.id);
        else {
          expect(inDoubt(s!), `${table} ${row.id} belongs to a refused request`).toBe(true);
          unacknowledged++;
        }
      }
    }
    console.log(`crash test: committed but unacknowledged movements: ${unacknowledged}`);
  });

  it('agrees, for each wallet, on balance = opening − what the database moved, and misses nothing acknowledged', async () => {
    const transfers = await movements('transfers');
    const payments = await movements('payments');
    const ledger = await db
      .selectFrom('ledger_accounts')
      .select(['id', 'balance'])
      .where(
        'id',
        'in',
        citizens.map((c) => c.accountId),
      )
      .execute();
    const api = await walletBalances();
    for (const c of citizens) {
      const mine = [...transfers, ...payments].filter((m) => m.account_id === c.accountId);
      const moved = mine.reduce((sum, m) => sum + m.amount, 0);
      const stored = Number(ledger.find((l) => l.id === c.accountId)?.balance);
      expect(stored, `wallet ${c.accountId}`).toBe(OPENING_BALANCE - moved);
      expect(api.get(c.accountId), `wallet ${c.accountId} over the API`).toBe(stored);
      const acked = sent.filter((s) => isAck(s) && s.citizen === c).length;
      const doubtful = sent.filter((s) => inDoubt(s) && s.citizen === c).length;
      expect(acked, `wallet ${c.accountId}: acknowledged ≤ in the database`).toBeLessThanOrEqual(
        mine.length,
      );
      expect(
        mine.length,
        `wallet ${c.accountId}: in the database ≤ acknowledged + in flight`,
      ).toBeLessThanOrEqual(acked + doubtful);
    }
  });

  it('replays every acknowledged request identically after the restart, moving nothing more', async () => {
    const before = await walletBalances();
    const countBefore =
      (await movements('transfers')).length + (await movements('payments')).length;
    const acked = sent.filter(isAck);
    // Requests cut off by the kill that did commit: a client retrying them gets the committed result.
    const committed = new Map<string, string>(); // key -> movement id
    for (const table of ['transfers', 'payments'] as const) {
      for (const row of await movements(table)) {
        const k = await db
          .selectFrom('idempotency_keys')
          .select('key')
          .where('transaction_id', '=', row.transaction_id)
          .executeTakeFirst();
        if (k) committed.set(k.key, row.id);
      }
    }
    const retried = sent.filter((s) => inDoubt(s) && committed.has(s.key));
    const queue = [...acked, ...retried];
    const mismatches: string[] = [];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let s = queue.shift(); s; s = queue.shift()) {
          const r = await http(base, 'POST', s.path, {
            cookie: s.citizen.cookie,
            body: s.body,
            key: s.key,
          });
          if (isAck(s)) {
            if (r.status !== s.status || r.text !== s.text)
              mismatches.push(`${s.key}: ${s.status} ${s.text} then ${r.status} ${r.text}`);
          } else {
            const replay: Sent = { ...s, error: undefined, status: r.status, json: r.json };
            if (r.status !== 201 || movementId(replay) !== committed.get(s.key))
              mismatches.push(`${s.key} (cut off, committed): replay ${r.status} ${r.text}`);
          }
        }
      }),
    );
    expect(mismatches).toEqual([]);
    expect(await walletBalances()).toEqual(before);
    const countAfter = (await movements('transfers')).length + (await movements('payments')).length;
    expect(countAfter).toBe(countBefore);
    expect(await ledgerViolations(db)).toEqual([]);
    console.log(
      `crash test: replayed ${acked.length} acknowledged and ${retried.length} committed-but-cut-off requests`,
    );
  });
});
