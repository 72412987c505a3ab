import 'server-only';
import { getDb } from './db/client';
import { seedDemo, seedSystem } from './demo/seed';
import { env } from './env';
import { purgeOldKeys } from './idempotency';
import { warmSigningKey } from './receipts/signing';

export async function startUp(): Promise<void> {
  const config = env(); // fails fast, listing every invalid variable
  const db = await getDb();
  if (config.ANXIN_DEMO) await seedDemo(db);
  else await seedSystem(db);
  await warmSigningKey(db.kysely);
  // Idempotency keys are kept 48 hours (the contract asks for at least 24).
  await purgeOldKeys(db);
  setInterval(() => void purgeOldKeys(db).catch(() => undefined), 3_600_000).unref();
}
