import 'server-only';
import { cookies, headers } from 'next/headers';
import { resolveLocale, type Locale } from '@/lib/i18n/config';
import type { UserRow } from '../db/schema';
import { SESSION_COOKIE, userForToken } from './sessions';

/** The signed-in user of the page being rendered, if any. */
export async function currentUser(): Promise<UserRow | undefined> {
  const jar = await cookies();
  return userForToken(jar.get(SESSION_COOKIE)?.value);
}

/** The page's locale: the user's setting, else Accept-Language, else zh-CN. */
export async function pageLocale(user?: UserRow): Promise<Locale> {
  const h = await headers();
  return resolveLocale(user?.locale, h.get('accept-language'));
}
