import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { resources } from '../i18n/resources';

/** One field a request got wrong: its path in the request (`amount.amount`, `Idempotency-Key`). */
export interface FieldError {
  path: string;
  message?: string;
}

interface FieldWords {
  separator: string;
  unstorable: string;
  labels: Record<string, string>;
}
const words = (locale: Locale) => resources[locale].fields as unknown as FieldWords;

/**
 * The field's name in the reader's words (locales/<locale>/fields.json): the whole path, else its
 * last named part (`amount.currency` -> currency), else its first, else "the request".
 */
export function fieldLabel(path: string, locale: Locale): string {
  const { labels } = words(locale);
  const named = path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
  for (const key of [path, named.at(-1), named[0]])
    if (key !== undefined && Object.hasOwn(labels, key)) return labels[key]!;
  return labels['(body)']!;
}

/** The fields, named for the reader and each said once, as one list for a problem's detail. */
export function fieldList(errors: readonly FieldError[], locale: Locale): string {
  const names = [...new Set(errors.map((e) => fieldLabel(e.path, locale)))];
  return names.join(words(locale).separator);
}

/** Why a string cannot be stored, in the reader's words. */
export function unstorableMessage(locale: Locale): string {
  return words(locale).unstorable;
}

/**
 * The path of the first string (value or object key) that neither database can store as text:
 * a NUL (PostgreSQL refuses it) or a lone UTF-16 surrogate (no UTF-8 form). Undefined when all
 * are storable.
 */
export function unstorablePath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return storable(value) ? undefined : path.join('.') || '(body)';
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, key];
    if (!storable(key)) return at.join('.');
    const bad = unstorablePath(inner, at);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function storable(s: string): boolean {
  return !s.includes('\0') && s.isWellFormed();
}
