import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { getT } from '../i18n/t';

export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'unauthenticated',
  'forbidden_origin',
  'grant_required',
  'pin_wrong',
  'pin_wait',
  'pin_locked',
  'passkey_failed',
  'passkey_unknown',
  'challenge_expired',
  'demo_only',
  'idempotency_key_missing',
  'idempotency_key_reused',
  'insufficient_funds',
  'bill_already_paid',
  'grant_limit_reached',
  'customer_number_invalid',
  'qr_invalid',
  'receipt_invalid',
  'step_up_required',
  'audio_unsupported',
  'speech_unavailable',
  'speech_failed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  method_not_allowed: 405,
  unauthenticated: 401,
  forbidden_origin: 403,
  grant_required: 403,
  pin_wrong: 401,
  pin_wait: 429,
  pin_locked: 423,
  passkey_failed: 401,
  passkey_unknown: 401,
  challenge_expired: 400,
  demo_only: 404,
  idempotency_key_missing: 400,
  idempotency_key_reused: 422,
  insufficient_funds: 409,
  bill_already_paid: 409,
  grant_limit_reached: 403,
  customer_number_invalid: 400,
  qr_invalid: 400,
  receipt_invalid: 400,
  step_up_required: 403,
  audio_unsupported: 415,
  speech_unavailable: 503,
  speech_failed: 502,
  internal: 500,
};

/** A failure the client can understand: a stable code, translated words, and safe extra fields. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = statusOf[code];
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  [key: string]: unknown;
}

export function problemBody(err: AppError, locale: Locale): Problem {
  const t = getT(locale, 'errors');
  const params = { ...err.params, fields: err.params.fields ?? '' };
  return {
    type: `/api/v1/problems/${err.code}`,
    title: t(`${err.code}.title`, params),
    status: err.status,
    detail: t(`${err.code}.detail`, params),
    code: err.code,
    ...err.extra,
  };
}

export function problemResponse(err: AppError, locale: Locale, headers?: HeadersInit): Response {
  const res = Response.json(problemBody(err, locale), { status: err.status, headers });
  res.headers.set('content-type', 'application/problem+json; charset=utf-8');
  res.headers.set('content-language', locale);
  res.headers.set('cache-control', 'no-store');
  return res;
}
