import 'server-only';
import type { Actor, Decision } from '../access/authorize';
import { first } from '../db/op';
import type { Tx } from '../db/tx';

/** Who acted and on whose account, in the words a receipt and the history use. */
export function* actorSummary(db: Tx, actor: Actor, decision: Decision) {
  const row: { name: string; name_en: string; role: string } | undefined =
    actor.name !== undefined && actor.name_en !== undefined && actor.role !== undefined
      ? { name: actor.name, name_en: actor.name_en, role: actor.role }
      : yield* first(
          db.selectFrom('users').select(['name', 'name_en', 'role']).where('id', '=', actor.id),
        );
  if (!row) throw new Error(`actorSummary: no user ${actor.id}`);
  const relation: 'owner' | 'family' | 'helper' =
    decision.relation === 'owner' ? 'owner' : row.role === 'family' ? 'family' : 'helper';
  return {
    ownerName: decision.ownerName,
    ownerNameEn: decision.ownerNameEn,
    actor: { id: actor.id, name: row.name, nameEn: row.name_en, relation },
  };
}
