import type { Kysely, Migration } from 'kysely';

// "Always listening" for the voice assistant's wake phrase: off unless the person turns it on.
export const voice: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('voice_always_listening', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
