import 'server-only';
import { createInstance, type i18n } from 'i18next';
import { defaultLocale, locales, namespaces, type Locale, type Namespace } from '@/lib/i18n/config';
import { resources } from './resources';

let instance: i18n | undefined;

function get(): i18n {
  if (instance) return instance;
  instance = createInstance();
  void instance.init({
    resources,
    lng: defaultLocale,
    fallbackLng: false,
    supportedLngs: [...locales],
    ns: [...namespaces],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** A translation function fixed to one locale and namespace, for server components and APIs. */
export function getT<N extends Namespace>(locale: Locale, ns: N) {
  return get().getFixedT(locale, ns);
}
