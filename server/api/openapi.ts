import 'server-only';
import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
} from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import enErrors from '@/locales/en/errors.json';
import { SESSION_COOKIE } from '../auth/sessions';
import { statusOf, type ErrorCode } from '../http/problem';
import { impliedProblems, TAGS, type Operation, type Tag } from './operation';
import { operations } from './paths';
import { Problem } from './schemas';

// The OpenAPI 3.1 document at /api/v1/openapi.json, built from the operations each product area
// describes in server/api/paths/<area>.ts. tests/unit/openapi.test.ts checks that it names every
// route's methods and nothing else; `redocly lint` (scripts/test.sh) checks the document itself.

const IdempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/)
    .meta({
      description:
        'Required: 1-255 printable characters, unique per request. A repeat of the same request ' +
        'replays the first reply (Idempotent-Replayed: true); the same key with another request ' +
        'is 422 idempotency_key_reused. Without it: 400 idempotency_key_missing.',
    }),
});

/** Each problem status an operation can answer, with the `code` values it can carry. */
function problemResponses(op: Operation): Record<string, ResponseConfig> {
  const codes = [...new Set([...impliedProblems(op), ...(op.problems ?? [])])];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes)
    byStatus.set(statusOf[code], [...(byStatus.get(statusOf[code]) ?? []), code]);
  const out: Record<string, ResponseConfig> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const sorted = [...list].sort();
    out[status] = {
      description: sorted
        .map((c) => `${c}: ${enErrors[c as keyof typeof enErrors].title}`)
        .join('; '),
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { type: 'object', properties: { code: { type: 'string', enum: sorted } } },
            ],
          },
        },
      },
    };
  }
  return out;
}

function security(op: Operation): Record<string, string[]>[] {
  if (op.auth === 'session') return [{ session: [] }];
  if (op.auth === 'optional') return [{ session: [] }, {}];
  return [];
}

function register(registry: OpenAPIRegistry, op: Operation) {
  const { reply } = op;
  registry.registerPath({
    method: op.method,
    path: op.path,
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    security: security(op),
    request: {
      ...(op.params ? { params: op.params } : {}),
      ...(op.query ? { query: op.query } : {}),
      ...(op.money ? { headers: IdempotencyHeaders } : {}),
      ...(op.body
        ? {
            body: {
              required: !op.bodyOptional,
              content: { 'application/json': { schema: op.body } },
            },
          }
        : {}),
      ...(op.rawBody
        ? {
            body: {
              required: true,
              description: op.rawBody.description,
              content: Object.fromEntries(
                op.rawBody.types.map((t) => [t, { schema: z.string().meta({ format: 'binary' }) }]),
              ),
            },
          }
        : {}),
    },
    responses: {
      [reply.status]: {
        description: reply.description,
        ...(reply.setsSession
          ? {
              headers: {
                'Set-Cookie': {
                  description: `The session cookie (${SESSION_COOKIE}), httpOnly`,
                  schema: { type: 'string' },
                },
              },
            }
          : {}),
        ...(reply.schema
          ? { content: { [reply.type ?? 'application/json']: { schema: reply.schema } } }
          : {}),
      },
      ...problemResponses(op),
    },
  });
}

let cached: unknown;

export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The httpOnly session cookie a sign-in sets. A write that carries it must come from the ' +
      "wallet's own origin (Origin header), else 403 forbidden_origin.",
  });
  for (const op of operations) register(registry, op);
  // Problem is named by reference in every problem response (problemResponses).
  const definitions = [...registry.definitions, { type: 'schema' as const, schema: Problem }];
  cached = new OpenApiGeneratorV31(definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Anxin Wallet API',
      version: '1.0.0',
      description:
        'Payments and bills for the Anxin wallet. Money is integer minor units (fen). Every ' +
        'failure is application/problem+json in the asker’s language (the user’s setting, else ' +
        'Accept-Language), with a stable `code`; a method a path does not take is 405 with an ' +
        'Allow header, and OPTIONS lists the methods.',
      // No licence has been chosen yet (package.json is private): not licensed for use by others.
      license: { name: 'UNLICENSED', identifier: 'LicenseRef-UNLICENSED' },
    },
    servers: [{ url: '/', description: 'The wallet server this document was fetched from' }],
    tags: (Object.entries(TAGS) as [Tag, string][]).map(([name, description]) => ({
      name,
      description,
    })),
  });
  return cached;
}
