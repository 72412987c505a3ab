import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { accessibleAccounts } from '../access/accounts';
import { getDb } from '../db/client';
import type { UserRow } from '../db/schema';

/** The DTO of GET /api/v1/me: small, and never a database row. */
export async function me(user: UserRow) {
  const accounts = await accessibleAccounts(user);
  return {
    user: {
      id: user.id,
      name: user.name,
      locale: user.locale,
      careMode: user.care_mode === 1,
      textSize: user.text_size,
      speechRate: user.speech_rate,
      // Care mode never receives marketing, whatever the switch said before.
      marketing: user.care_mode !== 1 && user.marketing === 1,
      alwaysListening: user.voice_always_listening === 1,
    },
    accounts: accounts.map((a) => ({
      id: a.accountId,
      ownerName: a.ownerName,
      relation: a.relation,
      scopes: a.scopes,
      ...(a.monthlyLimit !== null
        ? { monthlyLimit: { amount: a.monthlyLimit, currency: 'CNY' as const } }
        : {}),
    })),
  };
}

export interface SettingsChange {
  careMode?: boolean;
  locale?: Locale;
  textSize?: 1 | 2 | 3;
  speechRate?: number;
  marketing?: boolean;
  alwaysListening?: boolean;
}

export async function updateSettings(user: UserRow, changes: SettingsChange) {
  const { kysely } = await getDb();
  const set: {
    care_mode?: number;
    locale?: string;
    text_size?: number;
    speech_rate?: number;
    marketing?: number;
    voice_always_listening?: number;
  } = {};
  if (changes.careMode !== undefined) set.care_mode = changes.careMode ? 1 : 0;
  if (changes.locale !== undefined) set.locale = changes.locale;
  if (changes.textSize !== undefined) set.text_size = changes.textSize;
  if (changes.speechRate !== undefined) set.speech_rate = changes.speechRate;
  if (changes.marketing !== undefined) set.marketing = changes.marketing ? 1 : 0;
  if (changes.alwaysListening !== undefined)
    set.voice_always_listening = changes.alwaysListening ? 1 : 0;
  if (Object.keys(set).length > 0) {
    await kysely.updateTable('users').set(set).where('id', '=', user.id).execute();
  }
  const updated = await kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  return updated;
}

export async function userById(id: string) {
  const { kysely } = await getDb();
  return kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
