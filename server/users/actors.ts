import 'server-only';
import type { Decision } from '../access/authorize';
import type { Tx } from '../db/tx';

/** Who acted and on whose account, in the words a receipt and the history use. */
export async function actorSummary(db: Tx, actorId: string, decision: Decision) {
  const users = await db
    .selectFrom('users')
    .select(['id', 'name', 'name_en', 'role'])
    .where('id', 'in', [actorId, decision.ownerId])
    .execute();
  const actor = users.find((u) => u.id === actorId)!;
  const owner = users.find((u) => u.id === decision.ownerId)!;
  const relation: 'owner' | 'family' | 'helper' =
    decision.relation === 'owner' ? 'owner' : actor.role === 'family' ? 'family' : 'helper';
  return {
    ownerName: owner.name,
    ownerNameEn: owner.name_en,
    actor: { id: actor.id, name: actor.name, nameEn: actor.name_en, relation },
  };
}
