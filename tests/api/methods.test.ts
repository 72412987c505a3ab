import { describe, expect, it } from 'vitest';
import { apiRoutes, METHODS } from '../support/routes';
import { Client, expectProblem } from './client';

// Every API route, read from app/api/v1: a method it does not take answers 405 problem+json
// with an Allow header naming the ones it does, in the asker's language; OPTIONS lists them.
const routes = apiRoutes().map(({ dir, takes }) => ({
  url: `/${dir}`.replace(/\[(\w+)\]/g, '$1_x').replace(/\/$/, ''),
  takes,
}));

describe('methods a route does not take', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContainEqual({ url: '/accounts/accountId_x/transfers', takes: ['POST'] });
    expect(routes).toContainEqual({ url: '/ping', takes: ['GET'] });
  });

  it.each(routes)('$url ($takes)', async ({ url, takes }) => {
    expect(takes.length).toBeGreaterThan(0);
    const allow = [...takes, ...(takes.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
    const c = new Client();
    for (const m of METHODS.filter((x) => !takes.includes(x))) {
      const r = await c.req(m, url, m === 'GET' ? undefined : {}, { 'accept-language': 'zh-CN' });
      expectProblem(r, 405, 'method_not_allowed');
      expect(r.headers.get('allow'), `${m} ${url}`).toBe(allow);
      expect(r.headers.get('content-language')).toBe('zh-CN');
      expect(r.json.title).not.toMatch(/[A-Za-z]{4}/); // said in Chinese
    }
    const opt = await c.req('OPTIONS', url);
    expect(opt.status).toBe(204);
    expect(opt.headers.get('allow')).toBe(allow);
    for (const m of takes) {
      const r = await c.req(m, url, m === 'GET' ? undefined : {});
      expect(r.status, `${m} ${url}`).not.toBe(405);
    }
  });
});
