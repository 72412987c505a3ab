import type { Locale } from '@/lib/i18n/config';
import { getT } from '@/server/i18n/t';
import type { ReceiptBy } from '@/server/receipts/view';

const RELATIONS = [
  'daughter',
  'son',
  'grandson',
  'granddaughter',
  'wife',
  'husband',
  'mother',
  'father',
  'sister',
  'brother',
] as const;
type Relation = (typeof RELATIONS)[number];
const isRelation = (r: string | null): r is Relation =>
  r !== null && (RELATIONS as readonly string[]).includes(r);

/** Who paid, said to the reader: "您本人", "由您的女儿李娜代付", "You, for Wang Xiuying". */
export function byWords(by: ReceiptBy, locale: Locale): string {
  const t = getT(locale, 'bills');
  switch (by.kind) {
    case 'self':
      return t('receipt.by.self');
    case 'selfFor':
      return t('receipt.by.selfFor', { owner: by.owner });
    case 'family':
      return isRelation(by.relation)
        ? t('receipt.by.family', { name: by.name, relation: t(`receipt.relations.${by.relation}`) })
        : t('receipt.by.familyPlain', { name: by.name });
    case 'helper':
      return t('receipt.by.helper', { name: by.name });
    case 'owner':
      return t('receipt.by.owner', { name: by.name });
    case 'other':
      return t('receipt.by.other', { name: by.name });
  }
}
