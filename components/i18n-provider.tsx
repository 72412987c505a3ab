'use client';
import { createInstance, type Resource } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Locale } from '@/lib/i18n/config';

/** Gives client components react-i18next with only the namespaces their page needs. */
export function I18nProvider({
  locale,
  resources,
  children,
}: {
  locale: Locale;
  resources: Resource[string];
  children: ReactNode;
}) {
  const [i18n] = useState(() => {
    const instance = createInstance();
    void instance.use(initReactI18next).init({
      lng: locale,
      resources: { [locale]: resources },
      fallbackLng: false,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return instance;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <AriaI18nProvider locale={locale}>{children}</AriaI18nProvider>
    </I18nextProvider>
  );
}
