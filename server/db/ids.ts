import 'server-only';
import { randomFillSync } from 'node:crypto';

// Random bytes are drawn from the CSPRNG a few kilobytes at a time (as randomUUID does): one
// call per id costs more than the rest of making it.
const pool = Buffer.alloc(12 * 256);
let offset = pool.length;

// Crockford's base32 digits, in ASCII order, so ids sort by the time they were made.
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastMs = -1;
let lastTime = '';

/** The milliseconds since 1970 as 9 base32 digits (good until the year 10889). */
function timePart(ms: number): string {
  if (ms === lastMs) return lastTime;
  let out = '';
  for (let i = 0, n = ms; i < 9; i++, n = Math.floor(n / 32)) out = DIGITS[n % 32]! + out;
  [lastMs, lastTime] = [ms, out];
  return out;
}

/**
 * A new row id: the prefix, `_`, the time in milliseconds (9 sortable characters) and 96 random
 * bits in base64url (16 characters). Ids made one after another land next to each other in
 * every index, so a commit writes a few index pages rather than one per new row (ADR 010);
 * the random part keeps them unguessable.
 */
export function newId(prefix: string): string {
  if (offset + 12 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const random = pool.toString('base64url', offset, offset + 12);
  offset += 12;
  return `${prefix}_${timePart(Date.now())}${random}`;
}
