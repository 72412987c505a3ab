import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { base } from './client';

// What the framework's router cannot take answered a plain-text 500: a URL whose
// percent-encoding does not decode, and TRACE (which fetch cannot even send, hence node:http).
// Now: translated problem+json, 400 or 405 with the path's own Allow header.

function raw(method: string, target: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base());
  return new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    json: Record<string, unknown>;
  }>((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: target, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          json: JSON.parse(text || 'null'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const isProblem = (r: { headers: http.IncomingHttpHeaders }) =>
  expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);

describe('requests the router cannot take', () => {
  it.each([
    '/api/v1/%zz',
    '/api/v1/receipts/%E0%A4%A',
    '/%zz',
    '/api/v1/health?x=%zz',
    '/bills?%E0',
  ])('GET %s: 400 malformed_url', async (target) => {
    const r = await raw('GET', target, { 'accept-language': 'en' });
    expect(r.status).toBe(400);
    isProblem(r);
    expect(r.json).toMatchObject({ code: 'malformed_url', title: 'That address is not right' });
  });

  it('TRACE: 405 with the Allow header of that path, in the asker’s language', async () => {
    const api = await raw('TRACE', '/api/v1/accounts/acc_elder/transfers', {
      'accept-language': 'zh-HK',
    });
    expect(api.status).toBe(405);
    isProblem(api);
    expect(api.json.code).toBe('method_not_allowed');
    expect(api.headers.allow).toBe('POST, OPTIONS');
    expect(api.headers['content-language']).toBe('zh-HK');
    expect((await raw('TRACE', '/api/v1/speech')).headers.allow).toBe('GET, POST, HEAD, OPTIONS');
    expect((await raw('TRACE', '/api/v1/receipts/verify')).headers.allow).toBe('POST, OPTIONS');
    expect((await raw('TRACE', '/api/v1/receipts/rcp_x')).headers.allow).toBe('GET, HEAD, OPTIONS');
    const page = await raw('TRACE', '/bills');
    expect([page.status, page.headers.allow]).toEqual([405, 'GET, HEAD']);
    const none = await raw('TRACE', '/api/v1/no/such/thing');
    expect([none.status, none.json.code]).toEqual([404, 'not_found']);
  });

  it('still serves ordinary requests, percent-encoded ones included', async () => {
    expect((await raw('GET', '/api/v1/health?x=%E4%BD%A0')).status).toBe(200);
    expect((await raw('GET', '/api/v1/receipts/%E4%BD%A0')).status).toBe(401);
  });
});
