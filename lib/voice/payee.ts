/** A saved contact as the contacts API gives it: relation is a code such as "daughter". */
export interface VoiceContact {
  id: string;
  name: string;
  relation: string;
}

// How people say the relations the wallet stores, in Simplified and Traditional Chinese,
// Cantonese and English. This is matching data, not text shown to anyone.
const RELATION_WORDS: Record<string, string[]> = {
  daughter: ['女儿', '女兒', '闺女', '閨女', '囡', '囡囡', '女', '个女', '個女', 'daughter'],
  son: ['儿子', '兒子', '仔', '個仔', '个仔', '儿', '兒', 'son'],
  grandson: ['孙子', '孫子', '孙仔', '孫仔', '外孙', '外孫', '孙', '孫', 'grandson', 'grandchild'],
  granddaughter: ['孙女', '孫女', '外孙女', '外孫女', '孙囡', '孫囡', 'granddaughter'],
  spouse: ['老伴', '老公', '老婆', '丈夫', '妻子', 'husband', 'wife', 'spouse'],
  friend: ['朋友', 'friend'],
  relative: ['亲戚', '親戚', 'relative'],
  mother: ['妈妈', '媽媽', '妈', '媽', '母亲', '母親', '阿妈', '阿媽', 'mother', 'mum', 'mom'],
  father: ['爸爸', '爸', '父亲', '父親', '阿爸', 'father', 'dad'],
  helper: ['帮手', '幫手', 'helper'],
};

const POSSESSIVES = /^(我的|我嘅|我個|我个|俺的|阿拉|我|個|个|俺|my |our )/;

/** Folds what was said to a comparable form: width, case, spaces, possessive, particles. */
export function normalizePayee(said: string): string {
  let s = said.normalize('NFKC').toLowerCase().trim();
  s = s.replace(/^(the |to )/, '');
  s = s.replace(POSSESSIVES, '').trim();
  s = s.replace(/[\s,.!?，。！？、]+/g, ' ').trim();
  s = s.replace(/(吧|啊|呀|嘅|的|呢)$/, '');
  return s.replace(/\s+/g, '');
}

/**
 * The contacts that what was said can mean: an exact name, a relation word (女儿, 囡,
 * daughter), or a name or relation word inside it ("女儿李娜"). More than one match means
 * the person must choose; none means ask.
 */
export function matchPayee(said: string, contacts: readonly VoiceContact[]): VoiceContact[] {
  const s = normalizePayee(said);
  if (!s) return [];
  const name = (c: VoiceContact) => normalizePayee(c.name);
  const words = (c: VoiceContact) => RELATION_WORDS[c.relation] ?? [c.relation.toLowerCase()];

  const byName = contacts.filter((c) => name(c) === s);
  if (byName.length) return byName;
  const byRelation = contacts.filter((c) => words(c).includes(s));
  if (byRelation.length) return byRelation;
  const inside = contacts.filter((c) => name(c).length >= 2 && s.includes(name(c)));
  if (inside.length) return inside;
  // The longest relation word inside what was said wins, then the one said first:
  // "孙女儿" is a granddaughter, not a daughter.
  let best: VoiceContact[] = [];
  let bestKey = [0, 0];
  for (const c of contacts) {
    for (const w of words(c)) {
      const at = s.indexOf(w);
      if (at < 0) continue;
      const key = [w.length, -at];
      const cmp = key[0]! - bestKey[0]! || key[1]! - bestKey[1]!;
      if (cmp > 0 || best.length === 0) {
        best = [c];
        bestKey = key;
      } else if (cmp === 0 && !best.includes(c)) best.push(c);
    }
  }
  return best;
}
