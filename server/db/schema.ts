import 'server-only';
import type { Insertable, Selectable } from 'kysely';

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

export interface Database {
  users: UsersTable;
  households: HouseholdsTable;
  sessions: SessionsTable;
  pin_credentials: PinCredentialsTable;
  passkeys: PasskeysTable;
  webauthn_challenges: WebauthnChallengesTable;
  accounts: AccountsTable;
  grants: GrantsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
