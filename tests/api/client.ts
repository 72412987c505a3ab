import { inject } from 'vitest';

export const base = () => inject('baseUrl');

type Documented = { pattern: RegExp; methods: Record<string, Record<string, string[]>> }[];
let documented: Promise<Documented> | undefined;

/** Each operation's problems as the OpenAPI document gives them: method -> status -> codes. */
function problemsDocumented(): Promise<Documented> {
  documented ??= fetch(`${base()}/api/v1/openapi.json`)
    .then((r) => r.json())
    .then(
      (doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }) =>
        Object.entries(doc.paths)
          // A literal path wins over a template (/receipts/verify is not /receipts/{receiptId}).
          .sort(([a], [b]) => a.split('{').length - b.split('{').length)
          .map(([template, ops]) => ({
            pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
            methods: Object.fromEntries(
              Object.entries(ops).map(([m, op]) => [
                m.toUpperCase(),
                Object.fromEntries(
                  Object.entries(op.responses).map(([status, res]) => [
                    status,
                    (
                      res as {
                        content?: Record<
                          string,
                          { schema: { allOf?: { properties?: { code?: { enum: string[] } } }[] } }
                        >;
                      }
                    ).content?.['application/problem+json']?.schema.allOf?.find(
                      (x) => x.properties?.code,
                    )?.properties?.code?.enum ?? [],
                  ]),
                ),
              ]),
            ),
          })),
    );
  return documented;
}

/**
 * Every problem a test provokes from a documented operation must be in the OpenAPI document
 * under that status: the document says what the API really answers.
 */
async function expectDocumented(method: string, path: string, status: number, code: unknown) {
  if (status < 400 || typeof code !== 'string') return;
  const url = `/api/v1${path.split('?')[0]}`;
  const op = (await problemsDocumented()).find((o) => o.pattern.test(url))?.methods[method];
  if (!op) return; // no such operation: another method's 405, or the catch-all's 404
  if (!op[String(status)]?.includes(code))
    throw new Error(
      `${method} ${url} answered ${status} ${code}, which its operation does not document ` +
        '(server/api/paths/<area>.ts)',
    );
}

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
    await expectDocumented(
      method,
      path,
      res.status,
      (json as { code?: unknown } | undefined)?.code,
    );
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
