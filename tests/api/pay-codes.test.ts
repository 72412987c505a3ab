import { describe, expect, it } from 'vitest';
import { Client, expectProblem } from './client';

describe('POST /pay-codes', () => {
  it('gives a signed-in person a fresh code for their own wallet, and no one else a code', async () => {
    const elder = await Client.as('elder');
    const a = await elder.req('POST', '/pay-codes');
    expect(a.status).toBe(201);
    expect(a.headers.get('cache-control')).toBe('no-store');
    expect(a.json.code).toMatch(/^ANXINPAY:1\?u=acc_elder&t=\d{16}&x=\d{10}&s=[A-Za-z0-9_-]{86}$/);
    expect(a.json.code).toContain(`&t=${a.json.number}&`);
    expect(Date.parse(a.json.expiresAt)).toBeGreaterThan(Date.now());
    expect(a.json.qr.size).toBeGreaterThan(21);
    const b = await elder.req('POST', '/pay-codes');
    expect(b.json.number).not.toBe(a.json.number);
    // The daughter's code is for her own wallet, never her mother's.
    const daughter = await Client.as('family');
    expect((await daughter.req('POST', '/pay-codes')).json.code).toContain('u=acc_family&');
    // Signed out: no code.
    expectProblem(await new Client().req('POST', '/pay-codes'), 401, 'unauthenticated');
    await elder.req('POST', '/auth/sign-out');
    expectProblem(await elder.req('POST', '/pay-codes'), 401, 'unauthenticated');
  });

  it('refuses a cookie-authenticated request from another origin', async () => {
    const elder = await Client.as('elder');
    const r = await elder.req('POST', '/pay-codes', undefined, { origin: 'https://evil.example' });
    expectProblem(r, 403, 'forbidden_origin');
  });

  it('makes no code for someone without a wallet of their own', async () => {
    const volunteer = await Client.as('volunteer');
    expectProblem(await volunteer.req('POST', '/pay-codes'), 404, 'not_found');
  });
});
