#!/usr/bin/env node
/**
 * bench:api: HTTP money movements per second against the production server, next to two
 * floors measured in the same run on the same machine.
 *
 * Method
 * 1. Starts `next start -p PORT` (the existing production build in .next/) with ANXIN_DEMO=1
 *    and SQLITE_PATH in a fresh temp dir, waits for /api/v1/health, and signs in one demo
 *    citizen per connection (POST /api/v1/demo/session {"persona":"citizen","n":i}; each has
 *    a ¥3,000.00 wallet and one trusted contact) and reads its account, contact and balance.
 * 2. Framework floor: GET /api/v1/ping (route handler, no database) with autocannon at the
 *    same concurrency (keep-alive, no pipelining), after a warm-up.
 * 3. Transfers: POST /api/v1/accounts/{id}/transfers {toContactId, amount: 1 fen CNY} with a
 *    unique Idempotency-Key per request, Origin and the session cookie; each connection is
 *    its own citizen. Warm-up, then @CONNECTIONS, then @1 for reference. Every response must
 *    be 2xx. A request still in flight when a phase stops is settled by sending its key
 *    again (an idempotent replay, or the first run if it never arrived), so every key the
 *    bench sent counts exactly once. Afterwards each wallet's balance (GET /accounts/{id})
 *    must have dropped by exactly its number of 2xx transfers.
 * 4. Storage floor: the server is stopped and one process opens the same SQLite file with
 *    better-sqlite3 (WAL, synchronous=NORMAL, as the server does) and, for SECONDS, does what a
 *    transfer writes, one BEGIN IMMEDIATE transaction each: read the session row (by token
 *    hash), insert the idempotency row, two guarded balance updates, one ledger transaction,
 *    two entries, one transfer row, one receipt row (payload of the same shape, random
 *    signature: no crypto), one access_log row, and the idempotency row's stored reply.
 *    Prepared statements, no HTTP, no Next, no kysely.
 * 5. If DATABASE_URL is set, starts the server again on PostgreSQL and repeats step 3 @N.
 * Prints a table and the two targets (transfers/ping >= 0.5, p99 @N < 50 ms). Exits 0 whether
 * they pass or miss; 1 if anything went wrong (server, non-2xx transfer, balance mismatch).
 *
 * Usage: npm run bench:api [-- --seconds 10] [-- --warmup 3] [-- --connections 16]
 *        [-- --port 3300] [-- --profile DIR]   (DIR: run the servers under node --cpu-prof)
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return def;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};
const SECONDS = Number(opt('seconds', 10));
const WARMUP = Number(opt('warmup', 3));
const CONNS = Number(opt('connections', 16));
const PORT = Number(opt('port', 3300));
const PROFILE = opt('profile') && path.resolve(opt('profile'));
const ORIGIN = `http://localhost:${PORT}`;
const RUN = randomBytes(4).toString('hex');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-bench-'));
const SQLITE_PATH = path.join(TMP, 'bench.sqlite');
const problems = [];
let server;

const log = (...a) => console.error('bench:api:', ...a);
const alive = () => server && server.exitCode === null && server.signalCode === null;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function checkBuild() {
  const buildId = path.join(ROOT, '.next/BUILD_ID');
  if (!fs.existsSync(buildId)) throw new Error('no production build: run `npx next build` first');
  const newest = (dir) =>
    fs
      .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .reduce((m, d) => Math.max(m, fs.statSync(path.join(d.parentPath, d.name)).mtimeMs), 0);
  if (Math.max(newest('app'), newest('server')) > fs.statSync(buildId).mtimeMs)
    log('warning: .next/ is older than app/ or server/; measuring the previous build');
}

async function startServer(databaseUrl) {
  const prof = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const env = { ...process.env, NODE_ENV: 'production', ANXIN_DEMO: '1', SQLITE_PATH };
  env.DATABASE_URL = databaseUrl ?? '';
  server = spawn(process.execPath, [...prof, NEXT_BIN, 'start', '-p', String(PORT)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d) => (output = (output + d).slice(-4000));
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (!alive()) throw new Error(`server exited (${server.exitCode ?? server.signalCode}):\n${output}`);
    const ok = await fetch(`${ORIGIN}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) return;
  }
  throw new Error(`server not healthy after 60 s:\n${output}`);
}

async function stopServer() {
  if (!alive()) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const t = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(t);
}

async function api(method, url, cookie, body, key) {
  const headers = { origin: ORIGIN, ...(cookie && { cookie }), ...(key && { 'idempotency-key': key }) };
  if (body) headers['content-type'] = 'application/json';
  const res = await fetch(ORIGIN + url, { method, headers, body: body && JSON.stringify(body) });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`);
  return { res, data };
}

async function signIn(n) {
  const { res } = await api('POST', '/api/v1/demo/session', undefined, { persona: 'citizen', n });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('anxin_session='));
  if (!cookie) throw new Error('demo sign-in set no session cookie');
  const accountId = (await api('GET', '/api/v1/me', cookie)).data.accounts.find((a) => a.relation === 'own').id;
  const contactId = (await api('GET', `/api/v1/accounts/${accountId}/contacts`, cookie)).data.contacts[0].id;
  const c = { n, cookie, accountId, contactId, seq: 0, ok: 0, pending: null };
  c.path = `/api/v1/accounts/${accountId}/transfers`;
  c.body = { toContactId: contactId, amount: { amount: 1, currency: 'CNY' } };
  c.before = await balance(c);
  return c;
}
const balance = async (c) => (await api('GET', `/api/v1/accounts/${c.accountId}`, c.cookie)).data.balance.amount;

const row = (r) => ({
  rps: r.requests.total / r.duration,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
});

async function ping(connections, duration) {
  const r = await autocannon({ url: `${ORIGIN}/api/v1/ping`, connections, duration });
  if (r.non2xx || r.errors || r.timeouts) problems.push(`ping: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return row(r);
}

/** One autocannon run of transfers; connection i is citizen i (mod the number of citizens). */
async function transfers(label, citizens, connections, duration) {
  let next = 0;
  let bad = 0;
  let firstBad;
  const r = await autocannon({
    url: ORIGIN,
    connections,
    duration,
    setupClient(client) {
      const c = citizens[next++ % citizens.length];
      client.setRequests([
        {
          method: 'POST',
          path: c.path,
          headers: { 'content-type': 'application/json', origin: ORIGIN, cookie: c.cookie },
          body: JSON.stringify(c.body),
          setupRequest(req) {
            c.pending = `bench-${RUN}-${c.n}-${++c.seq}`;
            return { ...req, headers: { ...req.headers, 'idempotency-key': c.pending } };
          },
          onResponse(status, body) {
            c.pending = null;
            if (status >= 200 && status < 300) c.ok++;
            else (bad++, (firstBad ??= `${status} ${body.slice(0, 300)}`));
          },
        },
      ]);
    },
  });
  // Settle what was in flight at the stop: the same key again moves money at most once.
  for (const c of citizens.filter((c) => c.pending)) {
    await api('POST', c.path, c.cookie, c.body, c.pending);
    c.ok++;
    c.pending = null;
  }
  const out = row(r);
  if (bad || r.non2xx || out.errors)
    problems.push(`${label}: ${bad || r.non2xx} non-2xx, ${out.errors} errors; first: ${firstBad}`);
  return out;
}

async function checkBalances(label, citizens) {
  let moved = 0;
  for (const c of citizens) {
    const drop = c.before - (await balance(c));
    moved += c.ok;
    if (drop !== c.ok) problems.push(`${label}: citizen ${c.n} dropped ${drop} fen after ${c.ok} transfers`);
  }
  log(`${label}: ${moved} transfers of 1 fen, balances checked`);
}

async function transferPhases(label, databaseUrl, withSingle) {
  await startServer(databaseUrl);
  const citizens = [];
  for (let n = 1; n <= CONNS; n++) citizens.push(await signIn(n));
  const out = {};
  if (!databaseUrl) {
    await ping(CONNS, WARMUP);
    out.ping = await ping(CONNS, SECONDS);
  }
  await transfers('warm-up', citizens, CONNS, WARMUP);
  out.many = await transfers(`transfers ${label} @${CONNS}`, citizens, CONNS, SECONDS);
  if (withSingle) out.one = await transfers(`transfers ${label} @1`, citizens, 1, SECONDS);
  await checkBalances(label, citizens);
  await stopServer();
  return { ...out, citizens };
}

/** The storage floor: a transfer's reads and writes, straight on better-sqlite3. */
function storageFloor(citizens, seconds) {
  const db = new Database(SQLITE_PATH);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const q = (s) => db.prepare(s);
  const session = q(`select users.* from sessions join users on users.id = sessions.user_id
    where sessions.id = ? and sessions.revoked_at is null and sessions.expires_at > ?`);
  const idem = q(`insert into idempotency_keys (user_id, key, fingerprint, status, response,
    transaction_id, created_at) values (?, ?, ?, 0, '', null, ?) on conflict (user_id, key) do nothing`);
  const post = q(`update ledger_accounts set balance = balance + @a where id = @id
    and (kind <> 'wallet' or balance + @a >= 0)`);
  const ltx = q(`insert into ledger_transactions (id, kind, wallet_id, actor_id, amount, memo, created_at)
    values (?, 'transfer', ?, ?, 1, ?, ?)`);
  const entry = q('insert into ledger_entries (id, transaction_id, ledger_account_id, amount) values (?, ?, ?, ?)');
  const trf = q(`insert into transfers (id, account_id, contact_id, transaction_id, amount, actor_id,
    created_at) values (?, ?, ?, ?, 1, ?, ?)`);
  const rcp = q(`insert into receipts (id, transaction_id, account_id, payload, signature, key_id,
    created_at) values (?, ?, ?, ?, ?, 'rk_1', ?)`);
  const acl = q(`insert into access_log (id, actor_id, account_id, action, amount, allowed, reason,
    created_at) values (?, ?, ?, 'transfer', 1, 1, 'owner', ?)`);
  const reply = q('update idempotency_keys set status = 201, response = ?, transaction_id = ? where user_id = ? and key = ?');
  const payee = q('select payee_account_id as id from contacts where id = ?');
  const id = (p) => `${p}_${randomBytes(12).toString('base64url')}`;
  const ws = citizens.map((c) => ({ ...c, token: c.cookie.split('=')[1], payee: payee.get(c.contactId).id }));
  const pay = db.transaction((c, user, key) => {
    const now = new Date().toISOString();
    idem.run(user.id, key, randomBytes(32).toString('base64url'), now);
    for (const [a, acc] of [[-1, c.accountId], [1, c.payee]].sort((x, y) => (x[1] < y[1] ? -1 : 1)))
      if (post.run({ a, id: acc }).changes !== 1) throw new Error('storage floor: guard refused');
    const tx = id('ltx');
    ltx.run(tx, c.accountId, user.id, JSON.stringify({ contactId: c.contactId, contactName: '陈明', relation: 'friend' }), now);
    entry.run(id('len'), tx, c.accountId, -1);
    entry.run(id('len'), tx, c.payee, 1);
    const t = id('trf');
    trf.run(t, c.accountId, c.contactId, tx, user.id, now);
    const r = id('rcp');
    const payload = JSON.stringify({ accountId: c.accountId, actor: { id: user.id, name: user.name, nameEn: user.name_en, relation: 'owner' }, amount: 1, counterparty: { nameEn: 'Chen Ming', nameZh: '陈明', relation: 'friend' }, createdAt: now, currency: 'CNY', id: r, kind: 'transfer', ownerName: user.name, ownerNameEn: user.name_en, transactionId: tx, v: 1 });
    rcp.run(r, tx, c.accountId, payload, randomBytes(64).toString('base64url'), now);
    acl.run(id('acl'), user.id, c.accountId, now);
    reply.run(JSON.stringify({ transfer: { id: t, status: 'completed', toContactId: c.contactId, amount: { amount: 1, currency: 'CNY' }, receiptId: r, createdAt: now } }), tx, user.id, key);
  });
  const lat = [];
  for (let i = 0, end = performance.now() + seconds * 1000; performance.now() < end; i++) {
    const c = ws[i % ws.length];
    const t0 = performance.now();
    const hash = createHash('sha256').update(c.token).digest('base64url');
    const user = session.get(hash, new Date().toISOString());
    if (!user) throw new Error('storage floor: session not found');
    pay.immediate(c, user, `floor-${RUN}-${i}`);
    lat.push(performance.now() - t0);
  }
  db.close();
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((lat.length * p) / 100))];
  return { rps: lat.length / seconds, p50: pct(50), p99: pct(99) };
}

function report(rows, ping, floor, main) {
  const f = (v, d = 0) => (v === undefined ? '' : v.toFixed(d));
  const ms = (v) => f(v, v < 10 ? 2 : 0);
  console.log(`\nbench:api, ${CONNS} connections, ${SECONDS} s per phase, 1 fen per transfer\n`);
  console.log(`${'phase'.padEnd(30)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'/ping'.padStart(8)}${'/loop'.padStart(8)}`);
  for (const [name, r] of rows)
    console.log(`${name.padEnd(30)}${f(r.rps).padStart(9)}${ms(r.p50).padStart(9)}${ms(r.p99).padStart(9)}` +
      `${f(r.rps / ping.rps, 2).padStart(8)}${f(r.rps / floor.rps, 2).padStart(8)}`);
  const ratio = main.rps / ping.rps;
  console.log(`\ntransfers/ping (sqlite) = ${ratio.toFixed(2)} (target >= 0.5): ${ratio >= 0.5 ? 'PASS' : 'MISS'}`);
  console.log(`p99 @${CONNS} (sqlite) = ${Math.round(main.p99)} ms (target < 50 ms): ${main.p99 < 50 ? 'PASS' : 'MISS'}`);
}

async function main() {
  if (!(CONNS >= 1 && SECONDS > 0 && WARMUP >= 0)) throw new Error('bad --connections/--seconds/--warmup');
  checkBuild();
  if (PROFILE) fs.mkdirSync(PROFILE, { recursive: true });
  log(`sqlite server on ${ORIGIN}, database ${SQLITE_PATH}`);
  const s = await transferPhases('sqlite', undefined, true);
  log('storage floor: better-sqlite3 loop on the same file');
  const floor = storageFloor(s.citizens, SECONDS);
  const rows = [
    ['ping (framework floor)', s.ping],
    ['sqlite loop (storage floor)', floor],
    [`transfers sqlite @${CONNS}`, s.many],
    ['transfers sqlite @1', s.one],
  ];
  if (process.env.DATABASE_URL) {
    log('postgres server (DATABASE_URL)');
    const p = await transferPhases('postgres', process.env.DATABASE_URL, false);
    rows.push([`transfers postgres @${CONNS}`, p.many]);
  }
  report(rows, s.ping, floor, s.many);
}

const cleanUp = () => {
  if (alive()) server.kill('SIGTERM');
  fs.rmSync(TMP, { recursive: true, force: true });
};
process.on('SIGINT', () => (cleanUp(), process.exit(130)));
process.on('SIGTERM', () => (cleanUp(), process.exit(143)));
try {
  await main();
} catch (err) {
  problems.push(err instanceof Error ? err.message : String(err));
} finally {
  await stopServer().catch(() => {});
  cleanUp();
}
for (const p of problems) console.error(`bench:api: ERROR ${p}`);
process.exit(problems.length ? 1 : 0);
