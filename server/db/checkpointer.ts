import 'server-only';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

// SQLite in WAL mode appends each commit to the WAL and later copies the pages back into the
// database file (a checkpoint), which waits for the disk twice. Done by the committing
// connection (SQLite's default), that wait lands on the request thread and stalls every request
// in flight; here a worker thread with its own connection does it instead. The request thread
// only appends to the WAL. See docs/decisions/010-group-commit.md.

/** How often the worker copies the WAL back (a pass with nothing to copy costs next to nothing). */
const INTERVAL_MS = 200;
/**
 * A passive checkpoint never waits for the writer, so under steady writes it never quite
 * catches up and the WAL never starts over: it grows, and every read looks through a longer
 * WAL index. Past this many pages (16 MB) a pass ends with a RESTART checkpoint, which holds
 * writers back while it copies what the passive pass left (a few milliseconds) and lets the
 * next commit start the WAL from the beginning.
 */
const RESTART_PAGES = 4_000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
let timer;
const pass = () => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    if (r && r.log >= workerData.restartPages) {
      // Copy what arrived during that pass, then restart with only the last moments left.
      db.pragma('wal_checkpoint(PASSIVE)');
      db.pragma('wal_checkpoint(RESTART)');
    }
  } catch (err) {
    parentPort.postMessage({ error: String(err) });
  }
  timer = setTimeout(pass, workerData.intervalMs);
};
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
pass();
`;

/**
 * Moves checkpoints of a file database off the calling thread. Until the worker is up (and for
 * good if it cannot start, e.g. better-sqlite3 is not resolvable from the working directory)
 * the connection keeps checkpointing by itself.
 */
export function startCheckpointer(sqlite: SQLite.Database, file: string): { stop: () => void } {
  let worker: Worker;
  const inline = () => sqlite.open && sqlite.pragma('wal_autocheckpoint = 1000');
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, intervalMs: INTERVAL_MS, restartPages: RESTART_PAGES },
    });
  } catch (err) {
    console.warn('SQLite checkpoints stay on the request thread:', err);
    return { stop: () => {} };
  }
  worker.unref();
  worker.on('message', (m: { ready?: boolean; error?: string }) => {
    if (m.ready && sqlite.open) sqlite.pragma('wal_autocheckpoint = 0');
    if (m.error) console.warn('SQLite checkpoint failed:', m.error);
  });
  let stopping = false;
  worker.on('error', (err) => console.warn('SQLite checkpoint worker failed:', err.message));
  worker.on('exit', () => {
    if (!stopping) inline();
  });
  return {
    stop: () => {
      stopping = true;
      worker.postMessage('stop');
    },
  };
}
