import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { openApiDocument } from '@/server/api/openapi';
import { statusOf, type ErrorCode } from '@/server/http/problem';
import { apiRoutes } from '../support/routes';

// The OpenAPI document against the route files themselves: every method a route under
// app/api/v1 takes is an operation of the document (described in server/api/paths/<area>.ts),
// and the document names no operation that has no route. Then what every operation must say.

const fromRoutes = apiRoutes()
  .flatMap(({ dir, takes }) => {
    const template = `/api/v1${dir ? `/${dir}` : ''}`.replace(/\[(\w+)\]/g, '{$1}');
    return takes.map((m) => `${m} ${template}`);
  })
  .sort();

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema } & Record<
  string,
  unknown
>;
interface Op {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<
    string,
    { content?: Record<string, { schema: { allOf?: Schema[] } & Schema }> }
  >;
}
const doc = openApiDocument() as {
  paths: Record<string, Record<string, Op>>;
  components: { schemas: Record<string, Schema> };
  servers?: unknown[];
};
const documented = Object.entries(doc.paths)
  .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
  .sort();
const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.entries(ops).map(([m, op]) => ({ key: `${m.toUpperCase()} ${p}`, path: p, op })),
);

describe('the OpenAPI document and the route files', () => {
  it('reads the routes', () => {
    expect(fromRoutes.length).toBeGreaterThan(30);
    expect(fromRoutes).toContain('POST /api/v1/accounts/{accountId}/transfers');
    expect(fromRoutes).toContain('GET /api/v1/speech');
    expect(fromRoutes).toContain('POST /api/v1/speech');
  });

  it('documents every method of every route (describe a new one in server/api/paths/<area>.ts)', () => {
    expect(fromRoutes.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('names no operation that has no route', () => {
    expect(documented.filter((d) => !fromRoutes.includes(d))).toEqual([]);
  });
});

describe('every operation', () => {
  it('has a unique operationId, a tag the document defines, a summary and a security rule', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.servers?.length).toBeGreaterThan(0);
    const tags = new Set(((doc as { tags?: { name: string }[] }).tags ?? []).map((t) => t.name));
    for (const { key, op } of operations) {
      expect(op.operationId, key).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length, key).toBe(1);
      expect(tags.has(op.tags![0]!), key).toBe(true);
      expect(op.summary, key).toBeTruthy();
      expect(Array.isArray(op.security), key).toBe(true);
    }
  });

  it('declares each path parameter of its path', () => {
    for (const { key, path: p, op } of operations) {
      const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? [])
        .filter((x) => x.in === 'path')
        .map((x) => x.name)
        .sort();
      expect(declared, key).toEqual(inPath);
    }
  });

  it('answers a success and its problems, each status with the codes it can carry', () => {
    for (const { key, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => s.startsWith('2')),
        key,
      ).toBe(true);
      expect(
        statuses.some((s) => s.startsWith('4')),
        key,
      ).toBe(true);
      for (const [status, res] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const schema = res.content?.['application/problem+json']?.schema;
        expect(schema, `${key} ${status}`).toBeDefined();
        const codes = schema!.allOf?.find((s) => s.properties?.code)?.properties?.code?.enum as
          ErrorCode[] | undefined;
        expect(codes?.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const code of codes!) expect(statusOf[code], `${key} ${code}`).toBe(Number(status));
      }
    }
  });

  it('documents a money operation’s Idempotency-Key and its problems', () => {
    const pay = doc.paths['/api/v1/accounts/{accountId}/bills/{billId}/payments']!.post!;
    expect(pay.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
    );
    const codes = (s: string) =>
      pay.responses[s]!.content!['application/problem+json']!.schema.allOf!.find(
        (x) => x.properties?.code,
      )!.properties!.code!.enum;
    expect(codes('400')).toEqual(
      expect.arrayContaining(['idempotency_key_missing', 'validation_failed']),
    );
    expect(codes('409')).toEqual(['bill_already_paid', 'insufficient_funds']);
    expect(codes('422')).toEqual(['idempotency_key_reused']);
  });
});

describe('field names in validation errors', () => {
  const labels = Object.fromEntries(
    locales.map((l) => [
      l,
      (
        JSON.parse(fs.readFileSync(`locales/${l}/fields.json`, 'utf8')) as {
          labels: Record<string, string>;
        }
      ).labels,
    ]),
  );
  const resolve = (s: Schema): Schema =>
    s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]!) : s;
  function names(s: Schema, out: Set<string>, seen = new Set<Schema>()): Set<string> {
    const r = resolve(s);
    if (seen.has(r)) return out;
    seen.add(r);
    for (const [k, v] of Object.entries(r.properties ?? {})) {
      out.add(k);
      names(v, out, seen);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
      for (const v of (r[key] as Schema[] | undefined) ?? []) names(v, out, seen);
    if (r.items) names(r.items, out, seen);
    return out;
  }

  it('has a label in every locale for every field a request can get wrong', () => {
    const fields = new Set<string>();
    for (const { op } of operations) {
      for (const p of op.parameters ?? []) fields.add(p.name);
      const body = op.requestBody?.content['application/json']?.schema;
      if (body) names(body, fields);
    }
    expect(fields.size).toBeGreaterThan(20);
    for (const l of locales)
      expect(
        [...fields].filter((f) => !labels[l]![f]),
        `locales/${l}/fields.json labels`,
      ).toEqual([]);
  });
});
