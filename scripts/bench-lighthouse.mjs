#!/usr/bin/env node
/**
 * bench:lighthouse: Lighthouse 12 scores of the production build, mobile profile (Lighthouse's
 * default mobile emulation and simulated throttling), for the pages the elder uses most.
 * Usage: npm run bench:lighthouse [-- --pages /,/settings --runs 2 --port 3600 --timeout 120]
 *
 * 1. Builds (`next build`) when .next/BUILD_ID is missing or older than the sources.
 * 2. Starts `next start -p PORT` with ANXIN_DEMO=1, NODE_ENV=production and SQLITE_PATH in a
 *    new temp dir, waits for /api/v1/health and signs in the demo elder
 *    (POST /api/v1/demo/session {"persona":"elder"}): care mode, zh-CN.
 * 3. Each page is fetched once first: a 404 (a page not built yet on this branch) is reported
 *    and not measured. /sign-in is measured signed out (it sends a signed-in user home); every
 *    other page with the elder's session cookie (Lighthouse `extraHeaders`).
 * 4. Each page runs RUNS times (each in a fresh Chromium, each bounded by --timeout seconds);
 *    the run with the better performance score is kept. Its JSON and HTML reports go to
 *    .bench/lighthouse/.
 * 5. Prints scores (0-100) against the targets — accessibility 100, performance ≥ 95,
 *    best practices ≥ 95 — the first-load metrics, then every failing accessibility and
 *    best-practices audit with its details (and the performance audits when performance misses).
 * Exits 0 whether the targets pass or miss; 1 if anything errored (build, server, sign-in,
 * a Lighthouse run). Chromium and the server are stopped at the end, on error and on Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import LH_PACKAGE from 'lighthouse/package.json' with { type: 'json' };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const opt = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const PAGES = opt('pages', '/,/bills,/pay-code')
  .split(',')
  .map((p) => p.trim())
  .filter(Boolean);
const RUNS = Math.max(1, Number(opt('runs', 2)));
const PORT = Number(opt('port', 3600));
const RUN_TIMEOUT_MS = Number(opt('timeout', 120)) * 1000;
const ORIGIN = `http://localhost:${PORT}`; // not 127.0.0.1: passkeys and cookies are for localhost
const OUT_DIR = path.join(ROOT, '.bench', 'lighthouse');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Pages that send a signed-in user elsewhere: measured signed out. */
const SIGNED_OUT = new Set(['/sign-in']);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp' };
const METRICS = [
  ['FCP', 'first-contentful-paint', 's'],
  ['LCP', 'largest-contentful-paint', 's'],
  ['TBT', 'total-blocking-time', 'ms'],
  ['CLS', 'cumulative-layout-shift', ''],
];
// Where the build reads from (as scripts/demo.mjs).
const SOURCES = [
  'app',
  'components',
  'lib',
  'server',
  'locales',
  'public',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'package-lock.json',
];

let server;
let chrome;
let TMP;
let stopping = false; // Ctrl-C: what fails after it is noise
const errors = [];
const log = (...a) => console.error('bench:lighthouse:', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const alive = () => server && server.exitCode === null && server.signalCode === null;

// ---------------------------------------------------------------------------------- cleanup
/** chrome-launcher starts Chromium in its own process group and kill() SIGKILLs the group. */
function killChrome() {
  const c = chrome;
  chrome = undefined;
  try {
    c?.kill();
  } catch {
    /* already gone */
  }
}

/** The server runs in its own process group (detached): SIGTERM the group, SIGKILL after 10 s. */
async function stopServer() {
  if (!alive()) return;
  const exited = new Promise((r) => server.once('exit', r));
  const signal = (sig) => {
    try {
      process.kill(-server.pid, sig);
    } catch {
      /* gone */
    }
  };
  signal('SIGTERM');
  const t = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(t);
}

function removeTmp() {
  if (TMP) fs.rmSync(TMP, { recursive: true, force: true });
  TMP = undefined;
}

// Last resort when the process goes away without reaching `finally` (synchronous only).
process.on('exit', () => {
  killChrome();
  if (alive()) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  removeTmp();
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    log(`${sig}: stopping Chromium and the server`);
    killChrome();
    await stopServer().catch(() => {});
    process.exit(130);
  });
}

// ------------------------------------------------------------------------------------ build
function newest(p) {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((f) => newest(path.join(p, f))));
}

function buildIfStale() {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built >= Math.max(...SOURCES.map(newest))) return log('production build is up to date');
  log(built ? 'sources changed since the last build: next build' : 'no build yet: next build');
  const t0 = Date.now();
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2], // stdout stays the report
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build failed (${r.status ?? r.signal})`);
  log(`built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// ----------------------------------------------------------------------------------- server
const healthy = () =>
  fetch(`${ORIGIN}/api/v1/health`, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.ok)
    .catch(() => false);

async function startServer() {
  if (await healthy()) throw new Error(`something already answers on ${ORIGIN}: use --port`);
  TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-lh-'));
  server = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-p', String(PORT)], {
    cwd: ROOT,
    detached: true, // own process group, so stopServer() reaches anything it forks
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ANXIN_DEMO: '1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      SQLITE_PATH: path.join(TMP, 'lh.sqlite'),
      DATABASE_URL: '',
    },
  });
  let out = '';
  for (const s of [server.stdout, server.stderr])
    s.on('data', (d) => (out = (out + d).slice(-4000)));
  server.output = () => out;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    if (!alive())
      throw new Error(`server exited (${server.exitCode ?? server.signalCode}):\n${out}`);
    if (await healthy()) return log(`server up on ${ORIGIN} (pid ${server.pid})`);
  }
  throw new Error(`server not healthy after 60 s:\n${out}`);
}

async function signInElder() {
  const res = await fetch(`${ORIGIN}/api/v1/demo/session`, {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ persona: 'elder' }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`demo sign-in: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('anxin_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error('demo sign-in set no anxin_session cookie');
  // The pages must render for her: care mode on, zh-CN.
  const html = await (await fetch(`${ORIGIN}/`, { headers: { cookie } })).text();
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const care = /<html[^>]*\sdata-care="([^"]+)"/.exec(html)?.[1];
  log(`signed in the demo elder: lang=${lang}, care mode ${care}`);
  if (care !== 'on' || lang !== 'zh-CN') log('warning: expected care mode on and zh-CN');
  return cookie;
}

/** Status of the page without following redirects (a 307 to /sign-in means no session). */
async function status(page, cookie) {
  const res = await fetch(ORIGIN + page, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  await res.arrayBuffer();
  return { code: res.status, location: res.headers.get('location') };
}

// ------------------------------------------------------------------------------- lighthouse
async function runOnce(page, cookie) {
  chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    handleSIGINT: false,
    logLevel: 'silent',
  });
  let timer;
  try {
    const run = lighthouse(
      ORIGIN + page,
      {
        port: chrome.port,
        output: ['json', 'html'],
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        extraHeaders: cookie ? { Cookie: cookie } : undefined,
      },
      undefined, // the default config: mobile emulation, simulated throttling
    );
    run.catch(() => {}); // after a timeout it rejects once Chromium is gone: not unhandled
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      );
    });
    const result = await Promise.race([run, timeout]);
    if (!result?.lhr) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError)
      throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    clearTimeout(timer);
    killChrome();
  }
}

const score = (lhr, cat) => {
  const s = lhr.categories[cat]?.score;
  return s == null ? null : Math.round(s * 100);
};

async function measure(page, cookie) {
  const signedOut = SIGNED_OUT.has(page);
  const row = { page, signedOut, runs: [] };
  const st = await status(page, signedOut ? '' : cookie);
  row.status = st.code;
  if (st.code === 404) {
    row.note = 'HTTP 404: not built on this branch yet, not measured';
    return row;
  }
  if (st.code >= 300 && st.code < 400) {
    row.note = `HTTP ${st.code} → ${st.location}`;
    if (!signedOut && /\/sign-in/.test(st.location ?? ''))
      errors.push(`${page}: redirected to sign-in: the session cookie was not honoured`);
  } else if (st.code !== 200) {
    row.note = `HTTP ${st.code}`;
    errors.push(`${page}: HTTP ${st.code}`);
  }
  for (let i = 1; i <= RUNS; i++) {
    const t0 = Date.now();
    try {
      const { lhr, report } = await runOnce(page, signedOut ? '' : cookie);
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      row.runs.push({ lhr, report, perf: score(lhr, 'performance') });
      log(`${page} run ${i}/${RUNS}: performance ${score(lhr, 'performance')} (${secs} s)`);
    } catch (e) {
      if (stopping) break;
      errors.push(`${page} run ${i}: ${e.message}`);
      log(`${page} run ${i}/${RUNS} failed: ${e.message}`);
    }
  }
  if (!row.runs.length) return row;
  row.best = row.runs.reduce((a, b) => ((b.perf ?? -1) > (a.perf ?? -1) ? b : a));
  const { lhr, report } = row.best;
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  if (finalPath !== page) row.note = [row.note, `ended on ${finalPath}`].filter(Boolean).join('; ');
  const slug = page === '/' ? 'home' : page.replace(/^\//, '').replace(/[^\w-]+/g, '_');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, `${slug}.report.json`), report[0]);
  fs.writeFileSync(path.join(OUT_DIR, `${slug}.report.html`), report[1]);
  return row;
}

// ----------------------------------------------------------------------------------- output
function metric(lhr, id, unit) {
  const v = lhr.audits[id]?.numericValue;
  if (v == null) return '—';
  if (unit === 's') return `${(v / 1000).toFixed(1)} s`;
  if (unit === 'ms') return `${Math.round(v)} ms`;
  return v.toFixed(3);
}

function table(rows) {
  const head = [
    'page',
    ...CATEGORIES.map((c) => SHORT[c]),
    ...METRICS.map((m) => m[0]),
    'host',
    'result',
  ];
  const body = rows.map((r) => {
    const name = r.page + (r.signedOut ? ' (signed out)' : '');
    if (!r.best)
      return [name, ...head.slice(1, -1).map(() => '—'), `MISS: ${r.note ?? 'every run failed'}`];
    const { lhr } = r.best;
    const misses = CATEGORIES.filter((c) => (score(lhr, c) ?? -1) < TARGETS[c]).map(
      (c) => `${SHORT[c]} ${score(lhr, c) ?? '—'} < ${TARGETS[c]}`,
    );
    const perfs = r.runs.map((x) => x.perf ?? '—');
    const perf = perfs.length > 1 ? `${r.best.perf} (${perfs.join('/')})` : String(r.best.perf);
    return [
      name,
      perf,
      String(score(lhr, 'accessibility') ?? '—'),
      String(score(lhr, 'best-practices') ?? '—'),
      ...METRICS.map(([, id, unit]) => metric(lhr, id, unit)),
      String(Math.round(lhr.environment.benchmarkIndex)),
      (misses.length ? `MISS: ${misses.join(', ')}` : 'PASS') + (r.note ? ` (${r.note})` : ''),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const clip = (s, n = 160) => {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** One line per detail item: the fields that say what and where, whichever the audit has. */
function describeItem(item) {
  const parts = [];
  const node = item.node ?? (item.type === 'node' ? item : undefined);
  if (node) parts.push(node.snippet ? clip(node.snippet, 100) : node.selector);
  if (node?.explanation) parts.push(clip(node.explanation, 200));
  for (const k of ['issueType', 'source', 'description', 'directive', 'severity', 'label']) {
    if (item[k] != null && typeof item[k] !== 'object') parts.push(`${k}: ${clip(item[k])}`);
  }
  const url = item.url ?? item.sourceLocation?.url ?? item.source?.url;
  if (url) parts.push(clip(url, 120));
  const sub = item.subItems?.items;
  if (sub?.length)
    parts.push(`[${sub.map((s) => clip(s.url ?? JSON.stringify(s), 100)).join(', ')}]`);
  return parts.length ? parts.join(' | ') : clip(JSON.stringify(item), 200);
}

function failing(lhr, cat) {
  return lhr.categories[cat].auditRefs
    .map((ref) => ({ ref, a: lhr.audits[ref.id] }))
    .filter(({ a }) => a && a.score !== null && a.score < 1)
    .filter(({ a }) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .filter(({ ref }) => cat !== 'performance' || ref.weight > 0 || ref.group !== 'metrics')
    .sort((x, y) => y.ref.weight - x.ref.weight || x.a.score - y.a.score);
}

function details(rows) {
  const out = [];
  for (const r of rows.filter((x) => x.best)) {
    const { lhr } = r.best;
    const lines = [];
    for (const cat of ['accessibility', 'best-practices']) {
      for (const { ref, a } of failing(lhr, cat)) {
        lines.push(
          `  [${SHORT[cat]}] ${a.id} (score ${a.score}, weight ${ref.weight}): ${a.title}`,
        );
        const items = a.details?.items ?? [];
        for (const item of items.slice(0, 8)) lines.push(`      - ${describeItem(item)}`);
        if (items.length > 8) lines.push(`      … ${items.length - 8} more`);
      }
    }
    // Performance: the audits behind a miss, one line each (the details are in the report).
    if ((score(lhr, 'performance') ?? -1) < TARGETS.performance) {
      const perf = failing(lhr, 'performance').slice(0, 10);
      lines.push(
        `  [perf] ${perf.map(({ a }) => `${a.id}${a.displayValue ? ` (${clip(a.displayValue, 40)})` : ''}`).join(', ')}`,
      );
    }
    for (const w of lhr.runWarnings ?? []) lines.push(`  warning: ${clip(w, 300)}`);
    if (lines.length) out.push(`${r.page}:`, ...lines);
  }
  return out.join('\n');
}

/** Simulated throttling scales what this machine did: other load lowers performance. */
function loadNote() {
  const [one] = os.loadavg();
  const cores = os.availableParallelism();
  return one > cores
    ? `load average ${one.toFixed(1)} on ${cores} cores: other work on this machine lowers performance (TBT most)`
    : '';
}

// ------------------------------------------------------------------------------------- main
async function main() {
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH}`);
  const busy = loadNote(); // before our own build, server and Chromium add to it
  if (busy) log(`warning: ${busy}`);
  buildIfStale();
  await startServer();
  const cookie = await signInElder();
  const rows = [];
  for (const page of PAGES) rows.push(await measure(page, cookie));

  if (!alive()) errors.push(`the server died during the runs:\n${server.output()}`);

  console.log(
    `\nLighthouse ${LH_PACKAGE.version}, mobile (default emulation, simulated ` +
      `throttling), production build, demo elder (care mode, zh-CN); best of ${RUNS} ` +
      `run${RUNS > 1 ? 's' : ''} by performance${RUNS > 1 ? ' (all runs in brackets)' : ''}. ` +
      `host: Lighthouse's benchmarkIndex of this machine during the kept run (lower = busier).`,
  );
  console.log(`Targets: accessibility 100, performance ≥ 95, best practices ≥ 95.`);
  if (busy) console.log(`Warning: before the runs, ${busy}.`);
  console.log('');
  console.log(table(rows));
  const d = details(rows);
  if (d)
    console.log(`\nFailing audits (best run; reports in ${path.relative(ROOT, OUT_DIR)}/):\n${d}`);
  if (errors.length) console.log(`\nErrors:\n${errors.map((e) => `  ${e}`).join('\n')}`);
}

let code = 0;
try {
  await main();
} catch (e) {
  if (!stopping) log(e.stack ?? e.message);
  code = 1;
} finally {
  killChrome();
  await stopServer().catch(() => {});
  removeTmp();
}
process.exit(code || (errors.length ? 1 : 0));
