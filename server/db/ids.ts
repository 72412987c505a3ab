import 'server-only';
import { randomFillSync } from 'node:crypto';

// Random bytes are drawn from the CSPRNG a few kilobytes at a time (as randomUUID does): one
// call per id costs more than the rest of making it.
const pool = Buffer.alloc(12 * 256);
let offset = pool.length;

/** A new row id: the prefix, `_` and 96 random bits in base64url (16 characters). */
export function newId(prefix: string): string {
  if (offset + 12 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = pool.toString('base64url', offset, offset + 12);
  offset += 12;
  return `${prefix}_${id}`;
}
