import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { resolveLocale, type Locale } from '@/lib/i18n/config';
import { SESSION_COOKIE, userForToken } from '../auth/sessions';
import type { UserRow } from '../db/schema';
import { env } from '../env';
import { unstorableMessage, unstorablePath } from './fields';
import { AppError, errorCodes, invalid, problemResponse, type ErrorCode } from './problem';

export interface Ctx<B, P> {
  req: NextRequest;
  locale: Locale;
  user: UserRow | undefined;
  body: B;
  params: P;
  /** Whether cookies set on the reply should be Secure (the request came over https). */
  secure: boolean;
}

interface Spec<B, P> {
  auth?: 'required' | 'optional';
  body?: z.ZodType<B>;
  params?: z.ZodType<P>;
  maxBodyBytes?: number;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const DEFAULT_MAX_BODY = 16 * 1024;

/**
 * The edge of every API route: locale, session, CSRF check, body size and JSON, zod validation,
 * and one mapping of failures to application/problem+json. Handlers stay a few lines long.
 */
export function handle<B = undefined, P = Record<string, never>>(
  spec: Spec<B, P>,
  fn: (ctx: Ctx<B, P>) => Promise<Response>,
) {
  return async (req: NextRequest, route: RouteContext): Promise<Response> => {
    let locale = resolveLocale(undefined, req.headers.get('accept-language'));
    try {
      const token = req.cookies.get(SESSION_COOKIE)?.value;
      const user = await userForToken(token);
      if (user) locale = resolveLocale(user.locale, req.headers.get('accept-language'));
      if (!SAFE.has(req.method) && token !== undefined) checkSameOrigin(req);
      if (spec.auth === 'required' && !user) throw new AppError('unauthenticated');

      const params = spec.params
        ? validate(spec.params, await route.params, locale, 'not_found')
        : ({} as P);
      const body = spec.body
        ? validate(spec.body, await readJson(req, spec.maxBodyBytes ?? DEFAULT_MAX_BODY), locale)
        : (undefined as B);
      const secure = requestOrigin(req).startsWith('https:');
      return await fn({ req, locale, user, body, params, secure });
    } catch (err) {
      if (err instanceof AppError) return problemResponse(err, locale);
      console.error('Unhandled API error', req.method, req.nextUrl.pathname, err);
      return problemResponse(new AppError('internal'), locale);
    }
  };
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];
type Handler = (req: NextRequest, route: RouteContext) => Promise<Response>;

/**
 * The methods a route does not take, each answering 405 problem+json with an Allow header
 * (Next's own 405 has neither), and an OPTIONS that lists what it does take. A route file
 * exports the ones it does not define itself:
 * `export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');`
 */
export function otherMethods(...allowed: Method[]): Record<Method | 'OPTIONS', Handler> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const refuse = handle({}, async ({ locale }) =>
    problemResponse(new AppError('method_not_allowed'), locale, { allow }),
  );
  const options: Handler = async () =>
    new Response(null, { status: 204, headers: { allow, 'cache-control': 'no-store' } });
  const out = { OPTIONS: options } as Record<Method | 'OPTIONS', Handler>;
  for (const m of METHODS) out[m] = refuse;
  return out;
}

export function json(data: unknown, status = 200): NextResponse {
  const res = NextResponse.json(data, { status });
  res.headers.set('cache-control', 'no-store');
  return res;
}

/** Validates the query string (strict: unknown parameters are refused). */
export function query<T>(req: NextRequest, schema: z.ZodType<T>, locale: Locale): T {
  return validate(schema, Object.fromEntries(req.nextUrl.searchParams), locale);
}

/**
 * Checks one part of a request (body, query or path parameters) against its schema. A string
 * that no database can store is refused first, wherever it is (400, even in a path parameter);
 * an issue whose message is a problem code becomes that problem (see Money's amount cap);
 * a path parameter of the wrong shape names nothing that exists (404).
 */
function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  locale: Locale,
  code: 'validation_failed' | 'not_found' = 'validation_failed',
): T {
  const bad = unstorablePath(value);
  if (bad !== undefined) throw invalid([{ path: bad, message: unstorableMessage(locale) }]);
  const result = schema.safeParse(value, { error: zodLocale(locale) });
  if (result.success) return result.data;
  if (code === 'not_found') throw new AppError('not_found');
  const coded = result.error.issues.find((i) => isErrorCode(i.message));
  if (coded) throw new AppError(coded.message as ErrorCode);
  throw invalid(
    result.error.issues.slice(0, 20).map((i) => ({
      path: i.path.map(String).join('.') || '(body)',
      message: i.message,
    })),
  );
}

const isErrorCode = (s: string) => (errorCodes as readonly string[]).includes(s);

// Each z.locales.*() call builds its message tables afresh: build each once.
const zodErrors = new Map<Locale, z.core.$ZodErrorMap>();

function zodLocale(locale: Locale) {
  let map = zodErrors.get(locale);
  if (!map) {
    const make =
      locale === 'en' ? z.locales.en : locale === 'zh-CN' ? z.locales.zhCN : z.locales.zhTW;
    zodErrors.set(locale, (map = make().localeError));
  }
  return map;
}

/**
 * Reads a request body of at most maxBytes without trusting its declared length; a longer one is
 * cancelled and refused (413).
 */
export async function readCapped(req: NextRequest, maxBytes: number): Promise<Buffer> {
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError('payload_too_large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: NextRequest, maxBytes: number): Promise<unknown> {
  const type = req.headers.get('content-type') ?? '';
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AppError('payload_too_large');
  if (!req.body) return undefined;
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type))
    throw new AppError('unsupported_media_type');
  const body = await readCapped(req, maxBytes);
  const size = body.byteLength;
  if (size === 0) return undefined;
  // JSON text is UTF-8 (RFC 8259): bytes that are not are refused, not silently replaced.
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch {
    throw new AppError('malformed_json');
  }
}

/** The scheme and host this request was sent to. */
export function requestOrigin(req: NextRequest): string {
  const host = req.headers.get('host') ?? req.nextUrl.host;
  const proto =
    req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ||
    req.nextUrl.protocol.replace(':', '');
  return `${proto}://${host}`;
}

/** Cookie-authenticated writes must come from the wallet's own origin (see the API contract). */
function checkSameOrigin(req: NextRequest): void {
  const origin = req.headers.get('origin');
  if (origin) {
    const allowed = [requestOrigin(req)];
    const publicUrl = env().PUBLIC_URL;
    if (publicUrl) allowed.push(new URL(publicUrl).origin);
    if (allowed.includes(origin)) return;
    throw new AppError('forbidden_origin');
  }
  if (req.headers.get('sec-fetch-site') === 'same-origin') return;
  throw new AppError('forbidden_origin');
}
