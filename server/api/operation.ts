import 'server-only';
import type { z } from 'zod';
import type { ErrorCode } from '../http/problem';

/** The document's tags: one per product area, each with its own file in server/api/paths/. */
export const TAGS = {
  system: 'Whether the server is up, and this document',
  demo: 'Demo mode only: the seeded household and throwaway citizens (404 elsewhere)',
  'sign-in': 'Signing in and out: passkey first, a 6-digit PIN as the fallback',
  me: 'The signed-in person: profile, settings and passkeys',
  'step-up': 'Confirming it is the person before a sensitive operation',
  wallet: 'An account: its balance, history and contacts',
  bills: 'Billers, bills and paying them',
  transfers: 'Sending money to a contact',
  receipts: 'Signed receipts, as JSON or PDF, and checking them',
  'pay-codes': 'The payment code a cashier scans',
  speech: 'Turning a recording into text for the voice assistant',
} as const;
export type Tag = keyof typeof TAGS;

/**
 * One operation of the API, described once; server/api/openapi.ts turns every operation into
 * the OpenAPI document. The request schemas are the very ones the route handler validates with.
 * Problems that follow from the operation's shape are added by themselves (a body can be
 * malformed, a session can be missing, a path parameter can name nothing, a money request needs
 * an Idempotency-Key, ...); `problems` lists the ones its domain adds.
 */
export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. /api/v1/accounts/{accountId}/transfers */
  path: string;
  operationId: string;
  tag: Tag;
  summary: string;
  description?: string;
  /** session: a session cookie is required; optional: used when sent; none: not needed. */
  auth: 'session' | 'optional' | 'none';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body, validated with this schema. */
  body?: z.ZodType;
  /** Whether the JSON body may be left out. */
  bodyOptional?: boolean;
  /** A body that is not JSON (a recording): its media types. */
  rawBody?: { types: string[]; description: string };
  /** Moves money: needs an Idempotency-Key, and a repeat replays the first reply. */
  money?: boolean;
  reply: {
    status: number;
    description: string;
    schema?: z.ZodType;
    /** Another media type than JSON (a PDF). */
    type?: string;
    /** Sets the session cookie. */
    setsSession?: boolean;
  };
  problems?: ErrorCode[];
}

/** Problems every operation of that shape can answer (server/http/unroutable.ts, route.ts, money.ts). */
export function impliedProblems(op: Operation): ErrorCode[] {
  // Any URL whose percent-encoding does not decode (server/http/unroutable.ts).
  const out: ErrorCode[] = ['malformed_url'];
  if (op.body || op.rawBody) out.push('payload_too_large', 'unsupported_media_type');
  if (op.body) out.push('validation_failed', 'malformed_json');
  if (op.query) out.push('validation_failed');
  if (op.params) out.push('validation_failed', 'not_found');
  if (op.auth === 'session') out.push('unauthenticated');
  if (op.method !== 'get') out.push('forbidden_origin');
  if (op.money) out.push('idempotency_key_missing', 'validation_failed', 'idempotency_key_reused');
  out.push('internal');
  return out;
}
