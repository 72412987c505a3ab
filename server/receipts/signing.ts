import 'server-only';
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { Kysely } from 'kysely';
import { first, kyselyExecutor, run, runAsync, type Op } from '../db/op';
import type { Database } from '../db/schema';

// Receipts are signed with one Ed25519 key kept in `signing_keys` (id 'rk_1'). The first
// server that needs it creates it with INSERT ... ON CONFLICT DO NOTHING and then reads the
// row back, so servers starting together all end up with the same key.
//
// What is cached: the parsed KeyObjects, keyed by their PEM text. What is not: the row
// itself. Every sign or verify reads the row by primary key (a cheap lookup), because the
// key may be created inside a caller's transaction that later rolls back; caching that row
// would let this process sign with a key no other server will ever see. Reading through the
// caller's `db` (a transaction or not) always sees what that transaction sees.

export const CURRENT_KEY_ID = 'rk_1';

const keyCache = new Map<string, KeyObject>();

function cached(pem: string, make: (pem: string) => KeyObject): KeyObject {
  let key = keyCache.get(pem);
  if (!key) {
    if (keyCache.size >= 32) keyCache.clear();
    key = make(pem);
    keyCache.set(pem, key);
  }
  return key;
}

interface KeyRow {
  id: string;
  public_key: string;
  private_key: string;
}

function keyRow(db: Kysely<Database>, id: string): Op<KeyRow | undefined> {
  return first(
    db.selectFrom('signing_keys').select(['id', 'public_key', 'private_key']).where('id', '=', id),
  );
}

/** The current signing key's row, created on first use (safe when servers race). */
function* signingKey(db: Kysely<Database>): Op<KeyRow> {
  const found = yield* keyRow(db, CURRENT_KEY_ID);
  if (found) return found;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  yield* run(
    db
      .insertInto('signing_keys')
      .values({
        id: CURRENT_KEY_ID,
        public_key: publicKey,
        private_key: privateKey,
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('id').doNothing()),
  );
  const row = yield* keyRow(db, CURRENT_KEY_ID);
  if (!row) throw new Error('receipt signing key could not be created');
  return row;
}

export function ensureSigningKey(db: Kysely<Database>): Promise<KeyRow> {
  return runAsync(kyselyExecutor(db), signingKey(db));
}

// On globalThis: instrumentation and each route are bundled apart, each with its own copy of
// this module, and the warm-up runs in instrumentation's.
const g = globalThis as unknown as { __anxinSigningKey?: KeyRow };

/**
 * At start-up, outside any transaction: make sure the key exists and remember its committed
 * row (key rows never change), so signing a receipt needs no extra query.
 */
export async function warmSigningKey(db: Kysely<Database>): Promise<void> {
  g.__anxinSigningKey = await ensureSigningKey(db);
}

/** Signs the canonical text with the current key: an unpadded base64url Ed25519 signature. */
export function* signWith(
  db: Kysely<Database>,
  canonical: string,
): Op<{ signature: string; keyId: string }> {
  const row = g.__anxinSigningKey ?? (yield* signingKey(db));
  const key = cached(row.private_key, (pem) => createPrivateKey(pem));
  const signature = sign(null, Buffer.from(canonical, 'utf8'), key).toString('base64url');
  return { signature, keyId: row.id };
}

export function signPayload(
  db: Kysely<Database>,
  canonical: string,
): Promise<{ signature: string; keyId: string }> {
  return runAsync(kyselyExecutor(db), signWith(db, canonical));
}

const SIGNATURE = /^[A-Za-z0-9_-]{86}$/; // 64 bytes, unpadded base64url

/** True only when `signature` is a valid signature of `canonical` by key `keyId`; never throws on bad input. */
export async function verifyPayload(
  db: Kysely<Database>,
  canonical: string,
  signature: string,
  keyId: string = CURRENT_KEY_ID,
): Promise<boolean> {
  if (typeof canonical !== 'string' || typeof signature !== 'string') return false;
  if (typeof keyId !== 'string' || keyId.length > 64 || !SIGNATURE.test(signature)) return false;
  const sig = Buffer.from(signature, 'base64url');
  if (sig.toString('base64url') !== signature) return false; // one spelling per signature
  const row = await runAsync(kyselyExecutor(db), keyRow(db, keyId));
  if (!row) return false;
  try {
    const key = cached(row.public_key, (pem) => createPublicKey(pem));
    return verify(null, Buffer.from(canonical, 'utf8'), key, sig);
  } catch {
    return false;
  }
}

/** The current public key (SPKI PEM), for anyone who wants to check receipts offline. */
export async function publicKeyPem(db: Kysely<Database>): Promise<string> {
  return (await ensureSigningKey(db)).public_key;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, recursively) and no whitespace: the same
 * value always gives the same text, as in RFC 8785 for the values we sign (strings, integers,
 * booleans, null, arrays, plain objects). Properties whose value is undefined are left out,
 * as JSON.stringify does; anything else JSON cannot carry exactly is refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
}
