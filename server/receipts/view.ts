import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import type { Actor } from '../access/authorize';
import { getDb } from '../db/client';
import { receiptFor } from './access';
import { counterpartyName } from './names';

/**
 * Who did it, told from the reader's side: "you", "you, for your mother", "your daughter Li
 * Na", "your helper ...", or, for another family member reading, "Wang Xiuying herself".
 */
export type ReceiptBy =
  | { kind: 'self' }
  | { kind: 'selfFor'; owner: string }
  | { kind: 'family'; name: string; relation: string | null }
  | { kind: 'helper'; name: string }
  | { kind: 'owner'; name: string }
  | { kind: 'other'; name: string };

/** A receipt as the receipt screen shows it, for someone who may view its account. */
export async function receiptView(user: Actor, receiptId: string, locale: Locale) {
  const db = await getDb();
  const { payload: p } = await receiptFor(db, user, receiptId);
  const en = locale === 'en';
  const owner = en ? p.ownerNameEn : p.ownerName;
  const actorName = en ? p.actor.nameEn : p.actor.name;
  const account = await db.kysely
    .selectFrom('accounts')
    .select('owner_id')
    .where('id', '=', p.accountId)
    .executeTakeFirstOrThrow();
  let by: ReceiptBy;
  if (p.actor.id === user.id) {
    by = p.actor.relation === 'owner' ? { kind: 'self' } : { kind: 'selfFor', owner };
  } else if (p.actor.relation === 'owner') {
    by = { kind: 'owner', name: actorName };
  } else if (account.owner_id !== user.id) {
    by = { kind: 'other', name: actorName };
  } else if (p.actor.relation === 'family') {
    // The owner's address book says how the helper is related to them ("daughter").
    const contact = await db.kysely
      .selectFrom('contacts')
      .innerJoin('accounts', 'accounts.id', 'contacts.payee_account_id')
      .select('contacts.relation')
      .where('contacts.account_id', '=', p.accountId)
      .where('accounts.owner_id', '=', p.actor.id)
      .executeTakeFirst();
    by = { kind: 'family', name: actorName, relation: contact?.relation ?? null };
  } else {
    by = { kind: 'helper', name: actorName };
  }
  return {
    id: p.id,
    kind: p.kind,
    amount: p.amount,
    billType: p.counterparty.billType ?? null,
    to: await counterpartyName(p, locale),
    customerNumber: p.counterparty.customerNumber ?? null,
    createdAt: p.createdAt,
    by,
  };
}

export type ReceiptViewDto = Awaited<ReturnType<typeof receiptView>>;
