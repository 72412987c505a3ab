/** The ten kinds of bill the wallet pays (the biller directory and the voice contract agree). */
export const BILL_TYPES = [
  'electricity',
  'water',
  'gas',
  'phone',
  'broadband',
  'tv',
  'property',
  'heating',
  'tax',
  'social_insurance',
] as const;
export type BillType = (typeof BILL_TYPES)[number];
