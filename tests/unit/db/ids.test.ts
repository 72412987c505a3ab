import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '@/server/db/ids';

const ID = /^trf_[0-9A-HJKMNP-TV-Z]{9}[A-Za-z0-9_-]{16}$/;

describe('row ids', () => {
  it('are the prefix, the time in 9 base32 digits and 16 random characters', () => {
    const before = Date.now();
    const id = newId('trf');
    expect(id).toMatch(ID);
    // The time part reads back as the time the id was made.
    const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const ms = [...id.slice(4, 13)].reduce((n, d) => n * 32 + digits.indexOf(d), 0);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
  });

  it('never repeat, and ids made later sort after earlier ones', async () => {
    const ids: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5_000; i++) ids.push(newId('trf'));
      // The next round starts in a later millisecond: wait for the clock to move, not a fixed time.
      for (const ms = Date.now(); Date.now() === ms;) await new Promise((r) => setImmediate(r));
    }
    expect(new Set(ids).size).toBe(ids.length);
    const times = ids.map((id) => id.slice(4, 13));
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBeGreaterThanOrEqual(3);
  });

  it('keep the time digits in order for any two instants', () => {
    // Sorting by text equals sorting by time, across the digits' whole range.
    const at = (ms: number) => {
      const real = Date.now;
      Date.now = () => ms;
      try {
        return newId('x').slice(2, 11);
      } finally {
        Date.now = real;
      }
    };
    fc.assert(
      fc.property(fc.nat(2 ** 45 - 1), fc.nat(2 ** 45 - 1), (a, b) => {
        const [x, y] = [at(a), at(b)];
        expect(x < y ? -1 : x > y ? 1 : 0).toBe(Math.sign(a - b));
      }),
    );
  });
});
