import type { Kysely, Migration } from 'kysely';

// Per-user preferences: text size step (1-3), read-aloud speed (percent of normal), and
// whether marketing messages are allowed (never in care mode, whatever this says).
export const preferences: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('text_size', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('speech_rate', 'integer', (c) => c.notNull().defaultTo(85))
      .execute();
    await db.schema
      .alterTable('users')
      .addColumn('marketing', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  },
};
