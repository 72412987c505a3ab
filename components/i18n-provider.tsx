'use client';
import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import type { Locale, Namespace } from '@/lib/i18n/config';
import { translate, type Bundle } from '@/lib/i18n/translate';

/** The namespaces a client tree gets (whole, or only some of their keys). */
export type ClientResources = Partial<Record<Namespace, Bundle>>;

const Context = createContext<{ locale: Locale; resources: ClientResources }>({
  locale: 'zh-CN',
  resources: {},
});

/** Gives client components the translations of only the namespaces their page needs. */
export function I18nProvider({
  locale,
  resources,
  children,
}: {
  locale: Locale;
  resources: ClientResources;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, resources }), [locale, resources]);
  return (
    <Context.Provider value={value}>
      <AriaI18nProvider locale={locale}>{children}</AriaI18nProvider>
    </Context.Provider>
  );
}

/**
 * `t` for one namespace, typed from the zh-CN files like i18next's own (keys and the
 * `ns:key` form are checked at compile time); see lib/i18n/translate.ts for what it does.
 */
export function useTranslation<N extends Namespace>(ns: N): { t: TFunction<N>; locale: Locale } {
  const { locale, resources } = useContext(Context);
  return useMemo(() => {
    const t = (key: string, vars?: Record<string, unknown>) =>
      translate(locale, resources, ns, key, vars);
    return { t: t as unknown as TFunction<N>, locale };
  }, [locale, resources, ns]);
}
