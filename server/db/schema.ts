import 'server-only';
import type { Generated, Insertable, Selectable } from 'kysely';

/** Times are ISO-8601 strings in UTC; booleans are 0/1 integers; money is integer minor units. */
export interface UsersTable {
  id: string;
  name: string;
  name_en: string;
  role: 'elder' | 'family' | 'volunteer' | 'citizen';
  locale: string | null;
  care_mode: number;
  phone: string | null;
  household_id: string | null;
  created_at: string;
  text_size: Generated<number>;
  speech_rate: Generated<number>;
  marketing: Generated<number>;
  voice_always_listening: Generated<number>;
}

export interface HouseholdsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface SessionsTable {
  id: string; // sha-256 of the cookie token
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  method: 'passkey' | 'pin' | 'demo';
  stepped_up_at: string | null;
}

export interface PinCredentialsTable {
  user_id: string;
  hash: string; // scrypt$N$r$p$salt$hash
  failed_count: number;
  locked_until: string | null;
  updated_at: string;
}

export interface PasskeysTable {
  id: string; // base64url credential id
  user_id: string;
  public_key: string; // base64url COSE key
  counter: number;
  transports: string | null; // JSON array
  created_at: string;
  last_used_at: string | null;
}

export interface WebauthnChallengesTable {
  id: string;
  challenge: string;
  user_id: string | null;
  purpose: 'register' | 'authenticate';
  expires_at: string;
}

export interface AccountsTable {
  id: string;
  owner_id: string;
  kind: 'wallet';
  created_at: string;
}

export interface GrantsTable {
  id: string;
  account_id: string;
  grantee_id: string;
  scopes: string; // JSON array of scope names
  monthly_limit: number | null; // minor units
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
}

export interface LedgerAccountsTable {
  id: string;
  kind: 'wallet' | 'biller' | 'bank' | 'voucher_pool';
  owner_id: string | null;
  balance: number;
  created_at: string;
}

export interface LedgerTransactionsTable {
  id: string;
  kind: 'topup' | 'bill_payment' | 'transfer';
  wallet_id: string;
  actor_id: string;
  amount: number;
  memo: string; // JSON: what the history and receipt say
  created_at: string;
}

export interface LedgerEntriesTable {
  id: string;
  transaction_id: string;
  ledger_account_id: string;
  amount: number; // signed; a transaction's entries sum to zero
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  fingerprint: string; // sha-256 of method, path and body
  status: number;
  response: string;
  transaction_id: string | null;
  created_at: string;
}

export interface BillersTable {
  id: string;
  bill_type: string;
  name_zh: string;
  name_en: string;
  ledger_account_id: string;
  public_key: string; // Ed25519 SPKI, base64url: verifies the biller's payment QR codes
}

export interface BillAccountsTable {
  id: string;
  account_id: string;
  biller_id: string;
  customer_number: string;
  created_at: string;
}

export interface BillsTable {
  id: string;
  account_id: string;
  biller_id: string;
  customer_number: string;
  notice_number: string;
  amount: number;
  period: string;
  due_date: string;
  status: 'due' | 'paid';
  created_at: string;
}

export interface PaymentsTable {
  id: string;
  bill_id: string;
  account_id: string;
  transaction_id: string;
  amount: number;
  actor_id: string;
  created_at: string;
}

export interface ContactsTable {
  id: string;
  account_id: string;
  payee_account_id: string;
  name: string;
  relation: string;
  created_at: string;
}

export interface TransfersTable {
  id: string;
  account_id: string;
  contact_id: string;
  transaction_id: string;
  amount: number;
  actor_id: string;
  created_at: string;
}

export interface ReceiptsTable {
  id: string;
  transaction_id: string;
  account_id: string;
  payload: string; // canonical JSON that was signed
  signature: string; // Ed25519, base64url
  key_id: string;
  created_at: string;
}

export interface SigningKeysTable {
  id: string;
  public_key: string; // SPKI PEM
  private_key: string; // PKCS#8 PEM
  created_at: string;
}

export interface AccessLogTable {
  id: string;
  actor_id: string;
  account_id: string;
  action: string;
  amount: number | null;
  allowed: number;
  reason: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  households: HouseholdsTable;
  sessions: SessionsTable;
  pin_credentials: PinCredentialsTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  accounts: AccountsTable;
  grants: GrantsTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  idempotency_keys: IdempotencyKeysTable;
  billers: BillersTable;
  bill_accounts: BillAccountsTable;
  bills: BillsTable;
  payments: PaymentsTable;
  contacts: ContactsTable;
  transfers: TransfersTable;
  receipts: ReceiptsTable;
  signing_keys: SigningKeysTable;
  access_log: AccessLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
