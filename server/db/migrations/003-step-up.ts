import type { Kysely, Migration } from 'kysely';

// When this session last confirmed the person (passkey or PIN) for a larger money movement.
export const stepUp: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('sessions').addColumn('stepped_up_at', 'text').execute();
  },
};
