import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { formatMoney, MAX_AMOUNT, MAX_BALANCE } from '@/lib/money';
import { getT } from '../i18n/t';
import { fieldList, fieldLabel, type FieldError } from './fields';

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
  'amount_too_large',
  'balance_limit_reached',
  'malformed_url',
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

export const statusOf: Record<ErrorCode, number> = {
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
  amount_too_large: 400,
  balance_limit_reached: 409,
  malformed_url: 400,
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

/** A value for a problem's words; `{ fen }` is money, written out in the reader's locale. */
export type ProblemParam = string | number | { fen: number };

/** Words some problems always carry (the limits they name). */
const defaultParams: Partial<Record<ErrorCode, Record<string, ProblemParam>>> = {
  amount_too_large: { max: { fen: MAX_AMOUNT } },
  balance_limit_reached: { max: { fen: MAX_BALANCE } },
};

/** A failure the client can understand: a stable code, translated words, and safe extra fields. */
export class AppError extends Error {
  readonly status: number;
  readonly params: Record<string, ProblemParam>;
  constructor(
    readonly code: ErrorCode,
    params: Record<string, ProblemParam> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = statusOf[code];
    this.params = { ...defaultParams[code], ...params };
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

/**
 * A request that is not right: 400 validation_failed listing each field by its path. The reply
 * names the fields in the reader's words (server/http/fields.ts).
 */
export function invalid(errors: FieldError[]): AppError {
  return new AppError('validation_failed', {}, { errors });
}

export function problemBody(err: AppError, locale: Locale): Problem {
  const t = getT(locale, 'errors');
  const extra = { ...err.extra };
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(err.params))
    params[k] = typeof v === 'object' ? formatMoney(v.fen, locale) : v;
  if (Array.isArray(extra.errors)) {
    const errors = extra.errors as FieldError[];
    extra.errors = errors.map((e) => ({ ...e, field: fieldLabel(e.path, locale) }));
    params.fields = fieldList(errors, locale);
  }
  params.fields ??= '';
  return {
    type: `/api/v1/problems/${err.code}`,
    title: t(`${err.code}.title`, params),
    status: err.status,
    detail: t(`${err.code}.detail`, params),
    code: err.code,
    ...extra,
  };
}

export function problemResponse(err: AppError, locale: Locale, headers?: HeadersInit): Response {
  const res = Response.json(problemBody(err, locale), { status: err.status, headers });
  res.headers.set('content-type', 'application/problem+json; charset=utf-8');
  res.headers.set('content-language', locale);
  res.headers.set('cache-control', 'no-store');
  return res;
}
