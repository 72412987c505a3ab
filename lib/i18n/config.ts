export const locales = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

export const namespaces = [
  'common',
  'auth',
  'home',
  'settings',
  'errors',
  'wallet',
  'receipts',
  'bills',
  'money',
  'send',
  'family',
  'paycode',
  'glossary',
  'voice',
  'fields',
] as const;
export type Namespace = (typeof namespaces)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Maps one BCP 47 tag to a supported locale, or undefined.
 * Cantonese and Hong Kong/Macau go to zh-HK; Traditional script and Taiwan to zh-TW;
 * any other Chinese to zh-CN; any English to en.
 */
export function matchTag(tag: string): Locale | undefined {
  const t = tag.trim().toLowerCase();
  if (!t || t === '*') return undefined;
  const [lang, ...rest] = t.split(/[-_]/);
  if (lang === 'en') return 'en';
  if (lang === 'yue') return 'zh-HK';
  if (lang !== 'zh') return undefined;
  if (rest.includes('hk') || rest.includes('mo') || rest.includes('yue')) return 'zh-HK';
  if (rest.includes('tw') || rest.includes('hant')) return 'zh-TW';
  return 'zh-CN';
}

/** Picks the locale from an Accept-Language header by q-value, else the default. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const r of ranked) {
    const hit = matchTag(r.tag);
    if (hit) return hit;
  }
  return defaultLocale;
}

/** The user's own setting wins; otherwise the browser's Accept-Language; otherwise zh-CN. */
export function resolveLocale(
  userSetting: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(userSetting)) return userSetting;
  return localeFromAcceptLanguage(acceptLanguage);
}
