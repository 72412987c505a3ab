import { describe, expect, it } from 'vitest';
import { Client, expectProblem } from './client';

describe('PIN sign-in over HTTP', () => {
  it('signs the daughter in with her number and PIN', async () => {
    const c = new Client();
    const r = await c.req('POST', '/auth/pin', { phone: '13800138002', pin: '246802' });
    expect(r.status).toBe(200);
    expect(r.json.user.id).toBe('usr_family');
    expect((await c.req('GET', '/me')).status).toBe(200);
  });

  it('pauses after repeated failures and says how long to wait, in plain words', async () => {
    const c = new Client();
    const tries = [];
    for (let i = 0; i < 3; i++)
      tries.push(
        await c.req(
          'POST',
          '/auth/pin',
          { phone: '13800138003', pin: '000000' },
          { 'accept-language': 'en' },
        ),
      );
    expectProblem(tries[0]!, 401, 'pin_wrong');
    expectProblem(tries[2]!, 429, 'pin_wait');
    expect(tries[2]!.json.detail).toContain('30 seconds');
    // Even the right PIN waits: the pause protects against guessing.
    const right = await c.req(
      'POST',
      '/auth/pin',
      { phone: '13800138003', pin: '975310' },
      { 'accept-language': 'zh-CN' },
    );
    expectProblem(right, 429, 'pin_wait');
    expect(right.json.detail).toMatch(/请等 \d+ 秒再试/);
  });
});
