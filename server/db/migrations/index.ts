import type { Migration, MigrationProvider } from 'kysely';
import { foundation } from './001-foundation';
import { ledger } from './002-ledger';
import { stepUp } from './003-step-up';
import { preferences } from './004-preferences';
import { voice } from './005-voice';

/** Ordered by name; never edit a migration that has shipped, add a new one. */
const migrations: Record<string, Migration> = {
  '001-foundation': foundation,
  '002-ledger': ledger,
  '003-step-up': stepUp,
  '004-preferences': preferences,
  '005-voice': voice,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
