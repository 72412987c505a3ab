import { describe, expect, it } from 'vitest';
import { Client, expectProblem } from './client';

describe('health, demo session and me', () => {
  it('GET /health answers ok', async () => {
    const r = await new Client().req('GET', '/health');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ status: 'ok' });
  });

  it('signs in as the elder and shows her care-mode profile and wallet', async () => {
    const c = await Client.as('elder');
    expect(c.cookie).toMatch(/^anxin_session=/);
    const r = await c.req('GET', '/me');
    expect(r.status).toBe(200);
    expect(r.json.user).toMatchObject({
      id: 'usr_elder',
      name: '王秀英',
      locale: 'zh-CN',
      careMode: true,
    });
    expect(r.json.accounts).toEqual([
      {
        id: 'acc_elder',
        ownerName: '王秀英',
        relation: 'own',
        scopes: ['view', 'pay_bills', 'transfer', 'manage'],
      },
    ]);
  });

  it("shows the daughter her own wallet and her mother's, with the grant's scopes and limit", async () => {
    const r = await (await Client.as('family')).req('GET', '/me');
    expect(r.json.accounts).toEqual([
      {
        id: 'acc_family',
        ownerName: '李娜',
        relation: 'own',
        scopes: ['view', 'pay_bills', 'transfer', 'manage'],
      },
      {
        id: 'acc_elder',
        ownerName: '王秀英',
        relation: 'granted',
        scopes: ['view', 'pay_bills'],
        monthlyLimit: { amount: 50000, currency: 'CNY' },
      },
    ]);
  });

  it('creates a demo citizen on first use, standard mode unless asked', async () => {
    const c = new Client();
    const n = 100_000 + Math.floor(Math.random() * 100_000);
    expect((await c.req('POST', '/demo/session', { persona: 'citizen', n })).status).toBe(200);
    const me = await c.req('GET', '/me');
    expect(me.json.user).toMatchObject({ id: `usr_citizen_${n}`, careMode: false });
    expect(me.json.accounts).toHaveLength(1);
    await c.req('POST', '/demo/session', { persona: 'citizen', n, careMode: true });
    expect((await c.req('GET', '/me')).json.user.careMode).toBe(true);
  });

  it('answers 401 problem+json without a session, translated by Accept-Language', async () => {
    const zh = await new Client().req('GET', '/me');
    expectProblem(zh, 401, 'unauthenticated');
    expect(zh.headers.get('content-language')).toBe('zh-CN');
    const en = await new Client().req('GET', '/me', undefined, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expectProblem(en, 401, 'unauthenticated');
    expect(en.json.title).toBe('Please sign in');
    const hk = await new Client().req('GET', '/me', undefined, { 'accept-language': 'zh-HK' });
    expect(hk.headers.get('content-language')).toBe('zh-HK');
  });

  it('changes care mode and language, and then answers in that language', async () => {
    const c = await Client.as('volunteer');
    const r = await c.req('PATCH', '/me/settings', { careMode: true, locale: 'en' });
    expect(r.status).toBe(200);
    expect(r.json.user).toMatchObject({ careMode: true, locale: 'en' });
    const bad = await c.req(
      'PATCH',
      '/me/settings',
      { locale: 'fr' },
      { 'accept-language': 'zh-CN' },
    );
    expectProblem(bad, 400, 'validation_failed');
    expect(bad.json.title).toBe('Something in the request is not right'); // the user's own setting wins
    await c.req('PATCH', '/me/settings', { careMode: false, locale: 'zh-CN' });
  });

  it('signs out: the session is revoked on the server, not only forgotten', async () => {
    const c = await Client.as('volunteer');
    const cookie = c.cookie;
    expect((await c.req('POST', '/auth/sign-out')).status).toBe(204);
    const again = new Client();
    again.cookie = cookie;
    expectProblem(await again.req('GET', '/me'), 401, 'unauthenticated');
  });

  it('serves the OpenAPI 3.1 document generated from the schemas', async () => {
    const r = await new Client().req('GET', '/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/health', '/api/v1/demo/session', '/api/v1/me', '/api/v1/auth/pin'])
      expect(r.json.paths).toHaveProperty([p]);
    expect(r.json.components.schemas.DemoSessionRequest).toBeTruthy();
    expect(r.json.components.schemas.Problem.properties.code.enum).toContain('validation_failed');
  });

  it('sends security headers', async () => {
    const r = await fetch(`${new URL('/sign-in', (await import('./client')).base())}`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
