import type { Locale } from '@/lib/i18n/config';
import { fold } from './fold';
import { pickAmount } from './numbers';
import { parseUtterance } from './parse';
import type { ParseResult } from './types';

// What the assistant does with words, heard or typed: the parser's intent and slots, plus any
// amount in them (for a bare answer such as "一百块" to "how much?"). This module carries the
// parser's dictionaries, so the assistant loads it when it is first opened, not with every page.

export interface Understood {
  result: ParseResult;
  /** Any amount said, in fen, even when the words alone are not a command. */
  amount?: number;
}

export function understand(text: string, locale: Locale): Understood {
  const result = parseUtterance(text, locale);
  const amount = result.slots.amount ?? pickAmount(fold(text).s)?.amount;
  return amount === undefined ? { result } : { result, amount };
}
