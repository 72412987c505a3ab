import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { accessibleAccounts } from '../access/accounts';
import type { Actor } from '../access/authorize';
import type { Db } from '../db/client';
import { getT } from '../i18n/t';
import { account } from '../wallet/history';
import { listContacts } from './transfers';

export interface SendContact {
  id: string;
  /** The name to show: as saved, or in English the holder's English name when it is the same person. */
  name: string;
  /** The name exactly as the person saved it (what the payee check compares). */
  savedName: string;
  /** The relation in the page's words ("女儿", "daughter"); empty when unknown. */
  relation: string;
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * What the send-money pages show: the person's own wallet, its balance and its contacts, in the
 * page's language. Undefined when the person has no wallet of their own.
 */
export async function sendView(db: Db, actor: Actor & { id: string }, locale: Locale) {
  const own = (await accessibleAccounts(actor)).find((a) => a.relation === 'own');
  if (!own) return undefined;
  const [wallet, contacts] = await Promise.all([
    account(db, actor, own.accountId),
    listContacts(db, actor, own.accountId),
  ]);
  const holders = contacts.length
    ? await db.kysely
        .selectFrom('contacts')
        .innerJoin('ledger_accounts', 'ledger_accounts.id', 'contacts.payee_account_id')
        .innerJoin('users', 'users.id', 'ledger_accounts.owner_id')
        .select(['contacts.id', 'users.name', 'users.name_en'])
        .where('contacts.account_id', '=', own.accountId)
        .execute()
    : [];
  const relations = getT(locale, 'wallet')('relations', { returnObjects: true }) as Record<
    string,
    string
  >;
  return {
    accountId: own.accountId,
    balance: wallet.balance.amount,
    contacts: contacts.map((c): SendContact => {
      const h = holders.find((x) => x.id === c.id);
      const sameName = h !== undefined && norm(h.name) === norm(c.name);
      return {
        id: c.id,
        name: locale === 'en' && sameName ? h.name_en : c.name,
        savedName: c.name,
        relation: relations[c.relation] ?? '',
      };
    }),
  };
}
