import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUtterance } from '@/lib/voice/parse';
import type { Slots, VoiceLocale } from '@/lib/voice/types';

interface Row {
  locale: VoiceLocale;
  text: string;
  intent: string;
  slots: Slots;
}

const POSSESSIVES = [
  '我的',
  '我個',
  '我个',
  '我嘅',
  '我',
  '個',
  '个',
  '俺的',
  '俺',
  '阿拉',
  'my',
  'our',
];

/** The contract's scoring: intent and every expected slot; people after trimming, lower-casing
 * and removing one leading possessive. */
function person(v: unknown): string {
  let s = String(v ?? '')
    .trim()
    .toLowerCase();
  const p = POSSESSIVES.find((w) => s.startsWith(w));
  if (p) s = s.slice(p.length).trim();
  return s;
}

export function correct(row: Row): boolean {
  const got = parseUtterance(row.text, row.locale);
  if (got.intent !== row.intent) return false;
  return Object.entries(row.slots).every(([k, v]) =>
    k === 'payee' || k === 'member'
      ? person(got.slots[k as keyof Slots]) === person(v)
      : got.slots[k as keyof Slots] === v,
  );
}

function load(file: string): Row[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

// Our own labelled sets (written per intent and locale, with dialect phrasing, recognizer
// homophones and colloquial amounts) and the contract's sample. Each line must parse exactly.
const sets = {
  corpus: load(path.join(import.meta.dirname, 'corpus.jsonl')),
  heldout: load(path.join(import.meta.dirname, 'heldout.jsonl')),
  colloquial: load(path.join(import.meta.dirname, 'colloquial.jsonl')),
  // written from the contract and the sample alone, without looking at the parser
  independent: load(path.join(import.meta.dirname, 'independent.jsonl')),
  'independent-2': load(path.join(import.meta.dirname, 'independent-2.jsonl')),
  'independent-3': load(path.join(import.meta.dirname, 'independent-3.jsonl')),
};

describe('voice parser on labelled utterances', () => {
  for (const [name, rows] of Object.entries(sets)) {
    it(`${name}: every line right (${rows.length} utterances)`, () => {
      const wrong = rows
        .filter((r) => !correct(r))
        .map((r) => `${r.locale} ${r.text} → ${JSON.stringify(parseUtterance(r.text, r.locale))}`);
      expect(wrong).toEqual([]);
    });
  }

  it('covers every intent in every locale', () => {
    const all = Object.values(sets).flat();
    for (const locale of ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const) {
      const intents = new Set(all.filter((r) => r.locale === locale).map((r) => r.intent));
      expect(intents.size, locale).toBe(20);
    }
  });
});

describe('voice parser behaviour', () => {
  it('answers unknown rather than guessing', () => {
    for (const text of ['', '   ', '。。。', 'asdf qwer', '今天天气不错', 'the cat sat on the mat'])
      expect(parseUtterance(text, 'zh-CN').intent).toBe('unknown');
  });

  it('leaves unsaid slots absent, not null', () => {
    const r = parseUtterance('交电费', 'zh-CN');
    expect(r).toEqual({ intent: 'pay_bill', slots: { billType: 'electricity' } });
    expect('amount' in r.slots).toBe(false);
  });

  it('returns a person in the script it was said in', () => {
    expect(parseUtterance('轉帳給我孫女五百元', 'zh-TW').slots.payee).toBe('孫女');
    expect(parseUtterance('给我孙女转五百', 'zh-CN').slots.payee).toBe('孙女');
    expect(parseUtterance('send 5 dollars to my Granddaughter', 'en').slots.payee).toBe(
      'Granddaughter',
    );
  });

  it('one utterance is never both a money action and a confirmation', () => {
    for (const text of ['对，给女儿转一百', '好的，交电费', 'yes, pay the water bill'])
      expect(['transfer', 'pay_bill']).toContain(parseUtterance(text, 'zh-CN').intent);
  });

  it('survives hostile input without throwing', () => {
    const inputs = [
      'x'.repeat(100_000),
      '交'.repeat(5000),
      '\u0000\u202e电费',
      '<script>alert(1)</script>',
      "'; drop table bills; --",
      '💰💰💰',
      '一'.repeat(300) + '百',
      '9'.repeat(400),
    ];
    for (const text of inputs) {
      const r = parseUtterance(text, 'zh-CN');
      expect(typeof r.intent).toBe('string');
      if (r.slots.amount !== undefined) expect(Number.isSafeInteger(r.slots.amount)).toBe(true);
    }
  });
});
