#!/usr/bin/env node
/**
 * bench:api: money movements per second over HTTP on the production server, next to two floors
 * measured in the same run on the same machine. Usage: npm run bench:api [-- --seconds 6
 * --rounds 3 --warmup 3 --connections 16 --port 3300 --profile DIR] (DIR gets node --cpu-prof
 * profiles).
 *
 * 1. Starts `next start` (the build in .next/) with ANXIN_DEMO=1 and SQLITE_PATH in a new temp
 *    dir, waits for /api/v1/health and signs in one demo citizen per connection (¥3,000.00 and
 *    one trusted contact each).
 * 2. Framework floor: GET /api/v1/ping (route handler, no database) with autocannon at the same
 *    concurrency (keep-alive, no pipelining).
 * 3. Transfers: POST /api/v1/accounts/{id}/transfers of 1 fen to the contact, with a unique
 *    Idempotency-Key, Origin and the session cookie; each connection is its own citizen.
 *    Between them, the request edge without the money: POST .../payee-checks (the same cookie,
 *    Origin, JSON body and validation, the account and contact read; no write, no receipt).
 *    After a warm-up of each, ping, payee checks and transfers @N alternate for --rounds rounds
 *    (a shared machine's speed drifts over a minute; each round's ratio compares phases run
 *    back to back), then transfers @1 once. Every response must be 2xx. A request in flight when a
 *    phase stops is settled by sending its key again (replay, or first run if it never
 *    arrived), so each key moves money once; every wallet must then be short by exactly its 2xx
 *    count.
 * 4. Storage floor: with the server stopped, one process opens the same SQLite file with
 *    better-sqlite3 (WAL, synchronous=NORMAL, as the server) and loops, one BEGIN IMMEDIATE
 *    transaction per transfer: read the session (by token hash) and the contact, insert the
 *    idempotency row, two guarded balance updates, insert a ledger transaction, two entries, a
 *    transfer, a receipt (same payload shape, random signature: no crypto) and an access_log
 *    row, store the idempotency reply. No HTTP, Next or kysely.
 * 5. With DATABASE_URL set, the server runs again on PostgreSQL for step 3 @N (one round).
 * Each round is printed; the summary rows are those of the round with the median ratio (the
 * other phases are compared with its ping), and the verdict uses the median of the rounds'
 * ratios and of their p99s. The table also gives the CPU
 * time each request cost (the server's, all threads and its main thread alone, from /proc on
 * Linux; the loop's own), and
 * the load average before and after: other work on the machine slows the server and autocannon.
 * Exits 0 whether the targets pass or miss, 1 if anything failed (server, non-2xx, balances).
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
const opt = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const SECONDS = Number(opt('seconds', 6));
const ROUNDS = Number(opt('rounds', 3));
const WARMUP = Number(opt('warmup', 3));
const CONNS = Number(opt('connections', 16));
const PORT = Number(opt('port', 3300));
const PROFILE = opt('profile') && path.resolve(opt('profile'));
const ORIGIN = `http://localhost:${PORT}`;
const RUN = randomBytes(4).toString('hex');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-bench-'));
const SQLITE_PATH = path.join(TMP, 'bench.sqlite');
const AMOUNT = { amount: 1, currency: 'CNY' };
const problems = [];
let server;

const log = (...a) => console.error('bench:api:', ...a);
const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const LOAD_BEFORE = loadAvg();
/** CPU milliseconds the server has used so far, all threads and its main thread (Linux), or NaN. */
function serverCpuMs() {
  const ticks = (file) => {
    const f = fs.readFileSync(file, 'utf8');
    const v = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return ((Number(v[11]) + Number(v[12])) * 1000) / 100; // utime + stime, at USER_HZ = 100
  };
  try {
    return {
      all: ticks(`/proc/${server.pid}/stat`),
      main: ticks(`/proc/${server.pid}/task/${server.pid}/stat`),
    };
  } catch {
    return { all: Number.NaN, main: Number.NaN };
  }
}
const alive = () => server?.exitCode === null && server.signalCode === null;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const healthy = () =>
  fetch(`${ORIGIN}/api/v1/health`, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.ok)
    .catch(() => false);

function checkBuild() {
  const buildId = path.join(ROOT, '.next/BUILD_ID');
  if (!fs.existsSync(buildId)) throw new Error('no production build: run `npx next build` first');
  const newest = ['app', 'server']
    .flatMap((d) => fs.readdirSync(path.join(ROOT, d), { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .reduce((m, d) => Math.max(m, fs.statSync(path.join(d.parentPath, d.name)).mtimeMs), 0);
  if (newest > fs.statSync(buildId).mtimeMs)
    log('warning: .next/ is older than app/ or server/; measuring the previous build');
}

async function startServer(databaseUrl = '') {
  const prof = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const bin = path.join(ROOT, 'node_modules/next/dist/bin/next');
  const env = { ...process.env, NODE_ENV: 'production', ANXIN_DEMO: '1', SQLITE_PATH };
  server = spawn(process.execPath, [...prof, bin, 'start', '-p', String(PORT)], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  for (const s of [server.stdout, server.stderr])
    s.on('data', (d) => (out = (out + d).slice(-4000)));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (!alive())
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}):\n${out}`);
    if (await healthy()) return;
  }
  throw new Error(`server not healthy after 60 s:\n${out}`);
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
  const headers = { origin: ORIGIN, 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(ORIGIN + url, { method, headers, body: body && JSON.stringify(body) });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`);
  return { res, data };
}
const balance = async (c) =>
  (await api('GET', `/api/v1/accounts/${c.accountId}`, c.cookie)).data.balance.amount;

async function signIn(n) {
  const { res } = await api('POST', '/api/v1/demo/session', '', { persona: 'citizen', n });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('anxin_session='));
  if (!cookie) throw new Error('demo sign-in set no session cookie');
  const c = { n, cookie: cookie.split(';')[0], seq: 0, ok: 0, pending: null };
  const me = (await api('GET', '/api/v1/me', c.cookie)).data;
  c.accountId = me.accounts.find((a) => a.relation === 'own').id;
  c.path = `/api/v1/accounts/${c.accountId}/transfers`;
  const contacts = await api('GET', `/api/v1/accounts/${c.accountId}/contacts`, c.cookie);
  c.body = { toContactId: contacts.data.contacts[0].id, amount: AMOUNT };
  c.checkPath = `/api/v1/accounts/${c.accountId}/payee-checks`;
  c.checkBody = { toContactId: c.body.toContactId };
  c.before = await balance(c);
  return c;
}

/**
 * One autocannon run: ping; or, when citizens are given (connection i = citizen i), transfers,
 * or payee checks with `checks` set.
 */
async function load(label, connections, duration, citizens, checks = false) {
  if (!duration) return;
  let next = 0;
  let bad = 0;
  let firstBad = '';
  const setupClient = (client) => {
    const c = citizens[next++ % citizens.length];
    const headers = { 'content-type': 'application/json', origin: ORIGIN, cookie: c.cookie };
    const setupRequest = (req) => {
      c.pending = `bench-${RUN}-${c.n}-${++c.seq}`;
      return { ...req, headers: { ...req.headers, 'idempotency-key': c.pending } };
    };
    const onResponse = (status, body) => {
      c.pending = null;
      if (status >= 200 && status < 300) c.ok++;
      else if (bad++ === 0) firstBad = `${status} ${body.slice(0, 300)}`;
    };
    if (checks) {
      const [path, body] = [c.checkPath, JSON.stringify(c.checkBody)];
      const onCheck = (status, reply) => {
        if ((status < 200 || status >= 300) && bad++ === 0) firstBad = `${status} ${reply}`;
      };
      return client.setRequests([{ method: 'POST', path, headers, body, onResponse: onCheck }]);
    }
    const body = JSON.stringify(c.body);
    client.setRequests([{ method: 'POST', path: c.path, headers, body, setupRequest, onResponse }]);
  };
  const cpu0 = serverCpuMs();
  const r = await autocannon({
    url: citizens ? ORIGIN : `${ORIGIN}/api/v1/ping`,
    connections,
    duration,
    setupClient: citizens && setupClient,
  });
  // Settle what was in flight at the stop: the same key again moves money at most once.
  for (const c of (citizens ?? []).filter((c) => c.pending)) {
    await api('POST', c.path, c.cookie, c.body, c.pending);
    [c.ok, c.pending] = [c.ok + 1, null];
  }
  const errors = r.errors + r.timeouts;
  if (r.non2xx || bad || errors)
    problems.push(`${label}: ${r.non2xx} non-2xx, ${errors} errors. ${firstBad}`);
  const n = r.requests.total;
  const cpu1 = serverCpuMs();
  const [cpu, main] = [(cpu1.all - cpu0.all) / n, (cpu1.main - cpu0.main) / n];
  return { n, rps: n / r.duration, p50: r.latency.p50, p99: r.latency.p99, cpu, main };
}

async function serverPhases(kind, databaseUrl) {
  await startServer(databaseUrl);
  const citizens = [];
  for (let n = 1; n <= CONNS; n++) citizens.push(await signIn(n));
  const out = { citizens, rounds: [] };
  if (kind === 'sqlite') await load('ping warm-up', CONNS, WARMUP);
  await load(`warm-up ${kind}`, CONNS, WARMUP, citizens);
  for (let r = 0; r < (kind === 'sqlite' ? ROUNDS : 1); r++) {
    const ping = kind === 'sqlite' ? await load('ping', CONNS, SECONDS) : undefined;
    const check =
      kind === 'sqlite'
        ? await load(`payee checks @${CONNS}`, CONNS, SECONDS, citizens, true)
        : undefined;
    const many = await load(`transfers ${kind} @${CONNS}`, CONNS, SECONDS, citizens);
    out.rounds.push({ ping, check, many });
    if (ping) log(`round ${r + 1}: ${many.rps.toFixed(0)} vs ${ping.rps.toFixed(0)} req/s`);
  }
  if (kind === 'sqlite') out.one = await load(`transfers ${kind} @1`, 1, SECONDS, citizens);
  for (const c of citizens) {
    const drop = c.before - (await balance(c));
    if (drop !== c.ok)
      problems.push(`${kind}: citizen ${c.n} lost ${drop} fen in ${c.ok} transfers`);
  }
  log(`${kind}: ${citizens.reduce((s, c) => s + c.ok, 0)} transfers of 1 fen, balances checked`);
  await stopServer();
  return out;
}

const FLOOR_SQL = {
  session: `select users.* from sessions join users on users.id = sessions.user_id where sessions.id = ? and sessions.revoked_at is null and sessions.expires_at > ?`,
  idem: `insert into idempotency_keys (user_id, key, fingerprint, status, response, transaction_id, created_at) values (?, ?, ?, 0, '', null, ?) on conflict (user_id, key) do nothing`,
  post: `update ledger_accounts set balance = balance + @a where id = @id and (kind <> 'wallet' or balance + @a >= 0)`,
  ltx: `insert into ledger_transactions (id, kind, wallet_id, actor_id, amount, memo, created_at) values (?, 'transfer', ?, ?, 1, ?, ?)`,
  entry: `insert into ledger_entries (id, transaction_id, ledger_account_id, amount) values (?, ?, ?, ?)`,
  trf: `insert into transfers (id, account_id, contact_id, transaction_id, amount, actor_id, created_at) values (?, ?, ?, ?, 1, ?, ?)`,
  rcp: `insert into receipts (id, transaction_id, account_id, payload, signature, key_id, created_at) values (?, ?, ?, ?, ?, 'rk_1', ?)`,
  acl: `insert into access_log (id, actor_id, account_id, action, amount, allowed, reason, created_at) values (?, ?, ?, 'transfer', 1, 1, 'owner', ?)`,
  reply: `update idempotency_keys set status = 201, response = ?, transaction_id = ? where user_id = ? and key = ?`,
  payee: `select payee_account_id as id, name, relation from contacts where id = ?`,
};

/** The storage floor: a transfer's reads and writes, straight on better-sqlite3. */
function storageFloor(citizens, seconds) {
  const db = new Database(SQLITE_PATH);
  db.exec('pragma journal_mode = WAL; pragma synchronous = NORMAL; pragma foreign_keys = ON');
  const q = Object.fromEntries(Object.entries(FLOOR_SQL).map(([k, s]) => [k, db.prepare(s)]));
  const id = (p) => `${p}_${randomBytes(12).toString('base64url')}`;
  const pay = db.transaction((c, u, key) => {
    const [tx, t, r] = ['ltx', 'trf', 'rcp'].map(id);
    const [now, to] = [new Date().toISOString(), c.body.toContactId];
    const contact = q.payee.get(to);
    q.idem.run(u.id, key, randomBytes(32).toString('base64url'), now);
    for (const acc of [c.accountId, contact.id].sort()) {
      const changed = q.post.run({ a: acc === c.accountId ? -1 : 1, id: acc }).changes;
      if (changed !== 1) throw new Error('storage floor: the balance guard refused');
    }
    const memo = { contactId: to, contactName: contact.name, relation: contact.relation };
    q.ltx.run(tx, c.accountId, u.id, JSON.stringify(memo), now);
    q.entry.run(id('len'), tx, c.accountId, -1);
    q.entry.run(id('len'), tx, contact.id, 1);
    q.trf.run(t, c.accountId, to, tx, u.id, now);
    const actor = { id: u.id, name: u.name, nameEn: u.name_en, relation: 'owner' };
    const counterparty = { nameEn: 'Chen Ming', nameZh: contact.name, relation: contact.relation };
    const owner = { ownerName: u.name, ownerNameEn: u.name_en, currency: 'CNY', createdAt: now };
    const receipt = { v: 1, id: r, transactionId: tx, kind: 'transfer', accountId: c.accountId };
    const payload = JSON.stringify({ ...receipt, ...owner, amount: 1, counterparty, actor });
    q.rcp.run(r, tx, c.accountId, payload, randomBytes(64).toString('base64url'), now);
    q.acl.run(id('acl'), u.id, c.accountId, now);
    const transfer = { id: t, status: 'completed', toContactId: to, amount: AMOUNT, receiptId: r };
    q.reply.run(JSON.stringify({ transfer: { ...transfer, createdAt: now } }), tx, u.id, key);
  });
  const lat = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0, end = performance.now() + seconds * 1000; performance.now() < end; i++) {
    const [c, t0] = [citizens[i % citizens.length], performance.now()];
    const hash = createHash('sha256').update(c.cookie.split('=')[1]).digest('base64url');
    const user = q.session.get(hash, new Date().toISOString());
    if (!user) throw new Error('storage floor: session not found');
    pay.immediate(c, user, `floor-${RUN}-${i}`);
    lat.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu0);
  db.close();
  lat.sort((a, b) => a - b);
  const pct = (p) => lat[Math.floor((lat.length - 1) * p)];
  const cpu = (used.user + used.system) / 1000 / lat.length;
  return { n: lat.length, rps: lat.length / seconds, p50: pct(0.5), p99: pct(0.99), cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
/** The round whose ratio of transfers to ping is the median one. */
const medianRound = (rounds) => {
  const ratio = (r) => r.many.rps / r.ping.rps;
  return rounds.find((r) => ratio(r) === median(rounds.map(ratio)));
};

function report(rows, rounds, ping, floor) {
  const line = (...v) => v.map((x, i) => (i ? x.padStart(i > 3 ? 9 : 8) : x.padEnd(30))).join('');
  const ms = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 0));
  const rowOf = (name, r, base = ping) => {
    const ratios = [base, floor].map((b) => (r.rps / b.rps).toFixed(2));
    const cpu = [r.cpu, r.main].map((v) =>
      v === undefined || Number.isNaN(v) ? '-' : v.toFixed(2),
    );
    return line(name, String(r.n), r.rps.toFixed(0), ms(r.p50), ms(r.p99), ...ratios, ...cpu);
  };
  console.log(`\nbench:api: ${CONNS} connections, ${SECONDS} s per phase, 1 fen per transfer`);
  console.log(`load average (1, 5, 15 min): before ${LOAD_BEFORE}, after ${loadAvg()}\n`);
  console.log(
    line('phase', 'n', 'req/s', 'p50 ms', 'p99 ms', 'x ping', 'x loop', 'cpu ms', 'main ms'),
  );
  rounds.forEach((r, i) => {
    console.log(rowOf(`  round ${i + 1}: ping`, r.ping, r.ping));
    console.log(rowOf(`  round ${i + 1}: payee checks @${CONNS}`, r.check, r.ping));
    console.log(rowOf(`  round ${i + 1}: transfers @${CONNS}`, r.many, r.ping));
  });
  for (const [name, r] of rows.filter(([, r]) => r)) console.log(rowOf(name, r));
  const ratio = median(rounds.map((r) => r.many.rps / r.ping.rps));
  const p99 = median(rounds.map((r) => r.many.p99));
  const v = (ok) => (ok ? 'PASS' : 'MISS');
  const each = rounds.map((r) => (r.many.rps / r.ping.rps).toFixed(2)).join(', ');
  console.log(
    `\ntransfers/ping (sqlite), median of rounds (${each}) = ${ratio.toFixed(2)} (target >= 0.5): ${v(ratio >= 0.5)}`,
  );
  const p99s = rounds.map((r) => Math.round(r.many.p99)).join(', ');
  console.log(
    `p99 @${CONNS} (sqlite), median of rounds (${p99s}) = ${Math.round(p99)} ms (target < 50 ms): ${v(p99 < 50)}`,
  );
}

async function main() {
  if (!(CONNS >= 1 && SECONDS > 0 && WARMUP >= 0 && ROUNDS >= 1))
    throw new Error('bad numeric option');
  checkBuild();
  if (PROFILE) fs.mkdirSync(PROFILE, { recursive: true });
  log(`sqlite server on ${ORIGIN}, database ${SQLITE_PATH}`);
  const s = await serverPhases('sqlite');
  log('storage floor: better-sqlite3 loop on the same file');
  const floor = storageFloor(s.citizens, SECONDS);
  const mid = medianRound(s.rounds);
  const ping = mid.ping;
  const rows = [
    ['ping (framework floor)', ping],
    ['sqlite loop (storage floor)', floor],
    [`payee checks sqlite @${CONNS}`, mid.check],
    [`transfers sqlite @${CONNS}`, mid.many],
    ['transfers sqlite @1', s.one],
  ];
  if (process.env.DATABASE_URL) {
    log('postgres server (DATABASE_URL)');
    const p = await serverPhases('postgres', process.env.DATABASE_URL);
    rows.push([`transfers postgres @${CONNS}`, p.rounds[0].many]);
  }
  report(rows, s.rounds, ping, floor);
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
