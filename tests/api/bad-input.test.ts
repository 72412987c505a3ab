import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Client, expectProblem } from './client';
import { tableCounts } from './tables';

// Every endpoint that takes input, with a valid body to mutate. Bad input must give a 4xx
// problem+json (never 500) and write nothing.
const endpoints: {
  method: string;
  path: string;
  body: Record<string, unknown>;
  signedIn: boolean;
}[] = [
  { method: 'POST', path: '/demo/session', body: { persona: 'elder' }, signedIn: false },
  {
    method: 'POST',
    path: '/auth/pin',
    body: { phone: '13800138001', pin: '135790' },
    signedIn: false,
  },
  {
    method: 'POST',
    path: '/auth/passkey/verify',
    body: {
      challengeId: 'chl_x',
      response: {
        id: 'a',
        rawId: 'a',
        type: 'public-key',
        response: {},
        clientExtensionResults: {},
      },
    },
    signedIn: false,
  },
  { method: 'PATCH', path: '/me/settings', body: { careMode: true }, signedIn: true },
  {
    method: 'POST',
    path: '/me/passkeys',
    body: {
      challengeId: 'chl_x',
      response: {
        id: 'a',
        rawId: 'a',
        type: 'public-key',
        response: {},
        clientExtensionResults: {},
      },
    },
    signedIn: true,
  },
];

const badBodies: [string, string | unknown][] = [
  ['malformed JSON', '{"persona":'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an array', '[1,2,3]'],
  ['an empty object', {}],
  ['unknown field', { __proto__x: 1, extra: 'x' }],
  ['wrong types', { persona: 5, phone: 13800138001, pin: 135790, careMode: 'yes', challengeId: 7 }],
  [
    'SQL fragment',
    {
      persona: "elder'; DROP TABLE users;--",
      phone: "1' OR '1'='1",
      pin: "' OR 1=1",
      locale: "en' --",
    },
  ],
  ['HTML fragment', { persona: '<script>alert(1)</script>', phone: '<img src=x>', locale: '<b>' }],
  [
    'odd Unicode',
    {
      persona: 'e\u0301lder\u202e\u0000',
      phone: '１３８００１３８００１',
      pin: '١٢٣٤٥٦',
      locale: '\ud800',
    },
  ],
  ['100 KB string', { persona: 'x'.repeat(100 * 1024) }],
];

describe('bad input to every endpoint', () => {
  for (const ep of endpoints) {
    it(`${ep.method} ${ep.path}: 4xx problem+json, nothing written`, async () => {
      const client = ep.signedIn ? await Client.as('volunteer') : new Client();
      const before = await tableCounts();
      for (const [name, body] of badBodies) {
        const r = await client.req(ep.method, ep.path, body);
        expect(r.status, `${name}: ${JSON.stringify(r.json)}`).toBeGreaterThanOrEqual(400);
        expect(r.status, name).toBeLessThan(500);
        expect(r.type, name).toMatch(/^application\/problem\+json/);
        expect(typeof r.json.code, name).toBe('string');
        expect(JSON.stringify(r.json), name).not.toMatch(/at .*\.(ts|js):\d+|SQLITE|syntax error/i);
      }
      expectProblem(
        await client.req(ep.method, ep.path, '{"a":1}', { 'content-type': 'text/plain' }),
        415,
        'unsupported_media_type',
      );
      const huge = await client.req(ep.method, ep.path, JSON.stringify({ x: 'y'.repeat(200_000) }));
      expectProblem(huge, 413, 'payload_too_large');
      expect(await tableCounts()).toEqual(before);
    });
  }

  it('random JSON bodies never cause a 5xx or a write', async () => {
    const before = await tableCounts();
    const client = new Client();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints.filter((e) => !e.signedIn)),
        fc.jsonValue({ maxDepth: 3 }),
        async (ep, body) => {
          const r = await client.req(ep.method, ep.path, JSON.stringify(body));
          expect(r.status).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    expect(await tableCounts()).toEqual(before);
  });

  it('unknown API paths and ids are 404 problem+json for every method', async () => {
    const c = await Client.as('elder');
    for (const m of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
      expectProblem(await c.req(m, '/accounts/acc_family/secret'), 404, 'not_found');
    expectProblem(await c.req('GET', '/no/such/thing'), 404, 'not_found');
  });

  it("refuses to finish a passkey registration with someone else's challenge", async () => {
    const elder = await Client.as('elder');
    const start = await elder.req('POST', '/me/passkeys/options');
    expect(start.status).toBe(200);
    const stranger = await Client.as('volunteer');
    const r = await stranger.req('POST', '/me/passkeys', {
      challengeId: start.json.challengeId,
      response: {
        id: 'a',
        rawId: 'a',
        type: 'public-key',
        response: {},
        clientExtensionResults: {},
      },
    });
    expectProblem(r, 400, 'challenge_expired');
  });
});

describe('CSRF: cookie-authenticated writes only from our own origin', () => {
  it('refuses a foreign Origin, and a missing Origin unless Sec-Fetch-Site is same-origin', async () => {
    const c = await Client.as('volunteer');
    expectProblem(
      await c.req('PATCH', '/me/settings', { careMode: true }, { origin: 'https://evil.example' }),
      403,
      'forbidden_origin',
    );
    const noOrigin = new Client(null);
    noOrigin.cookie = c.cookie;
    expectProblem(
      await noOrigin.req('PATCH', '/me/settings', { careMode: true }),
      403,
      'forbidden_origin',
    );
    expectProblem(
      await noOrigin.req(
        'PATCH',
        '/me/settings',
        { careMode: true },
        { 'sec-fetch-site': 'cross-site' },
      ),
      403,
      'forbidden_origin',
    );
    expect(
      (
        await noOrigin.req(
          'PATCH',
          '/me/settings',
          { careMode: false },
          { 'sec-fetch-site': 'same-origin' },
        )
      ).status,
    ).toBe(200);
    expect((await c.req('PATCH', '/me/settings', { careMode: false })).status).toBe(200);
  });
});
