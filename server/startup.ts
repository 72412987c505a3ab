import 'server-only';
import { getDb } from './db/client';
import { seedDemo, seedSystem } from './demo/seed';
import { env } from './env';

export async function startUp(): Promise<void> {
  const config = env(); // fails fast, listing every invalid variable
  const db = await getDb();
  if (config.ANXIN_DEMO) await seedDemo(db);
  else await seedSystem(db);
}
