import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { BILLERS, billerName } from '../bills/directory';
import type { ReceiptPayload } from './receipts';

type Convert = (text: string) => string;
const converters = new Map<Locale, Promise<Convert>>();

/** OpenCC (Simplified to Taiwan or Hong Kong Traditional), loaded the first time it is needed. */
function traditional(locale: 'zh-TW' | 'zh-HK'): Promise<Convert> {
  let c = converters.get(locale);
  if (!c) {
    c = import('opencc-js/cn2t').then((OpenCC) =>
      OpenCC.Converter({ from: 'cn', to: locale === 'zh-TW' ? 'tw' : 'hk' }),
    );
    converters.set(locale, c);
  }
  return c;
}

/**
 * Who a receipt was paid to, as its reader writes it. The signed receipt keeps the names it was
 * issued with (Simplified and English) and is never changed; a zh-TW or zh-HK reader is shown
 * a biller's name in Traditional characters: the directory's own spelling, or, for a biller no
 * longer in the directory, OpenCC's conversion. People's names (a transfer's payee) are shown
 * as the person wrote them: a converter gets some names wrong (the surname 于 becomes 於).
 */
export async function counterpartyName(p: ReceiptPayload, locale: Locale): Promise<string> {
  const cp = p.counterparty;
  if (locale === 'en') return cp.nameEn;
  if (locale === 'zh-CN' || p.kind !== 'bill_payment') return cp.nameZh;
  const biller = BILLERS.find((b) => b.nameZh === cp.nameZh);
  if (biller) return billerName(biller, locale);
  return (await traditional(locale))(cp.nameZh);
}
