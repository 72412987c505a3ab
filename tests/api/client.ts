import { inject } from 'vitest';

export const base = () => inject('baseUrl');

/** A tiny cookie-keeping client, like a browser on the wallet's own origin. */
export class Client {
  cookie = '';
  constructor(private origin: string | null = base()) {}

  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.origin && method !== 'GET') h.origin ??= this.origin;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${base()}/api/v1${path}`, {
      method,
      headers: h,
      body: payload,
      redirect: 'manual',
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('anxin_session='));
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      // Tests read into replies freely; what they read is what they assert.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      json: json as Record<string, any>,
      headers: res.headers,
    };
  }

  static async as(persona: 'elder' | 'family' | 'volunteer') {
    const c = new Client();
    const r = await c.req('POST', '/demo/session', { persona });
    if (r.status !== 200) throw new Error(`demo sign-in failed: ${r.status}`);
    return c;
  }
}

export function expectProblem(
  r: { status: number; type: string; json: Record<string, unknown> },
  status: number,
  code: string,
) {
  if (
    r.status !== status ||
    !r.type.startsWith('application/problem+json') ||
    r.json.code !== code
  ) {
    throw new Error(
      `expected ${status} ${code} problem+json, got ${r.status} ${r.type} ${JSON.stringify(r.json)}`,
    );
  }
  for (const k of ['type', 'title', 'detail'])
    if (typeof r.json[k] !== 'string' || !r.json[k]) throw new Error(`problem without ${k}`);
}
