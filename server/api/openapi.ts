import 'server-only';
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as S from './schemas';

type Method = 'get' | 'post' | 'patch' | 'delete';
interface Op {
  method: Method;
  path: string;
  summary: string;
  body?: z.ZodType;
  params?: z.ZodObject;
  query?: z.ZodObject;
  idempotent?: boolean;
  ok: { status: number; schema?: z.ZodType; description: string };
  auth?: boolean;
}

const ops: Op[] = [
  {
    method: 'get',
    path: '/api/v1/health',
    summary: 'Server and database are up',
    ok: { status: 200, schema: S.Health, description: 'Healthy' },
  },
  {
    method: 'post',
    path: '/api/v1/demo/session',
    summary: 'Demo mode only: sign in as a demo persona',
    body: S.DemoSessionRequest,
    ok: { status: 200, schema: S.SignedIn, description: 'Signed in; the session cookie is set' },
  },
  {
    method: 'get',
    path: '/api/v1/me',
    summary: 'The signed-in user and the accounts they may act on',
    ok: { status: 200, schema: S.Me, description: 'The user' },
    auth: true,
  },
  {
    method: 'patch',
    path: '/api/v1/me/settings',
    summary: 'Change care mode or language',
    body: S.SettingsPatch,
    ok: { status: 200, schema: S.Me, description: 'Updated user' },
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/pin',
    summary: 'Sign in with a mobile number and 6-digit PIN (fallback)',
    body: S.PinSignIn,
    ok: { status: 200, schema: S.SignedIn, description: 'Signed in' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/passkey/options',
    summary: 'Start a passkey sign-in',
    ok: { status: 200, description: 'WebAuthn request options and a challenge id' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/passkey/verify',
    summary: 'Finish a passkey sign-in',
    body: S.PasskeyVerify,
    ok: { status: 200, schema: S.SignedIn, description: 'Signed in' },
  },
  {
    method: 'post',
    path: '/api/v1/me/passkeys/options',
    summary: 'Start adding a passkey to the signed-in user',
    ok: { status: 200, description: 'WebAuthn creation options and a challenge id' },
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/me/passkeys',
    summary: 'Finish adding a passkey',
    body: S.PasskeyVerify,
    ok: { status: 201, description: 'Passkey saved' },
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/pay-codes',
    summary: "A fresh signed payment code for the user's own wallet (stored nowhere)",
    ok: { status: 201, schema: S.PayCode, description: 'The code, its QR drawing and expiry' },
    auth: true,
  },
  {
    method: 'get',
    path: '/api/v1/speech',
    summary: 'Whether the server can turn speech into text (an engine is configured)',
    ok: { status: 200, schema: S.SpeechAvailability, description: 'Available or not' },
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/speech',
    summary:
      'One short recording (raw audio/webm, audio/ogg or audio/wav body, at most 1 MB) to text; 503 speech_unavailable when no engine is configured',
    ok: { status: 200, schema: S.Transcript, description: 'The text' },
    auth: true,
  },
  {
    method: 'post',
    path: '/api/v1/auth/sign-out',
    summary: 'End this session',
    ok: { status: 204, description: 'Signed out' },
  },
];

let cached: unknown;

export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'anxin_session',
  });
  const problem = {
    description: 'Problem (translated)',
    content: { 'application/problem+json': { schema: S.Problem } },
  };
  for (const op of ops) {
    registry.registerPath({
      method: op.method,
      path: op.path,
      summary: op.summary,
      ...(op.auth ? { security: [{ session: [] }] } : {}),
      ...(op.body
        ? {
            request: {
              body: { required: true, content: { 'application/json': { schema: op.body } } },
            },
          }
        : {}),
      responses: {
        [op.ok.status]: {
          description: op.ok.description,
          ...(op.ok.schema ? { content: { 'application/json': { schema: op.ok.schema } } } : {}),
        },
        '4XX': problem,
      },
    });
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Anxin Wallet API',
      version: '1.0.0',
      description:
        'Payments and bills for the Anxin wallet. Money is integer minor units. Every failure is ' +
        'application/problem+json in the asker’s language; a method a path does not take is 405 ' +
        'with an Allow header, and OPTIONS lists the methods.',
    },
  });
  return cached;
}
