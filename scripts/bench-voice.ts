// npm run bench:voice [-- --per-template 0 --rounds 5]
// Parser throughput and per-utterance latency over a generated corpus (>= 2,000 utterances in
// four locales: every intent, bill type and term, amounts in digits, Chinese numerals, colloquial
// and English words, payees, fillers), next to a baseline measured in the same run: a plain
// keyword `includes` matcher over the same corpus. Prints p50/p99, utterances per second, the
// ratio to the baseline, and the accuracy of both on the generated labels. Never fails the build.
import { performance } from 'node:perf_hooks';
import { amountSpoken } from '../lib/money-words';
import { parseUtterance } from '../lib/voice/parse';
import type { ParseResult, Slots, VoiceLocale } from '../lib/voice/types';

interface Case {
  locale: VoiceLocale;
  text: string;
  intent: string;
  slots: Slots;
}

const opt = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const ROUNDS = opt('rounds', 5);

// A small seeded generator so every run measures the same corpus.
let seed = 20261126;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const BILL_WORDS: Record<VoiceLocale, [NonNullable<Slots['billType']>, string][]> = {
  'zh-CN': [
    ['electricity', '电费'],
    ['water', '水费'],
    ['gas', '燃气费'],
    ['phone', '话费'],
    ['broadband', '宽带费'],
    ['tv', '有线电视费'],
    ['property', '物业费'],
    ['heating', '暖气费'],
    ['tax', '税'],
    ['social_insurance', '社保'],
  ],
  'zh-TW': [
    ['electricity', '電費'],
    ['water', '水費'],
    ['gas', '瓦斯費'],
    ['phone', '電話費'],
    ['broadband', '網路費'],
    ['tv', '第四台'],
    ['property', '管理費'],
    ['heating', '暖氣費'],
    ['tax', '房屋稅'],
    ['social_insurance', '健保費'],
  ],
  'zh-HK': [
    ['electricity', '電費'],
    ['water', '水費'],
    ['gas', '煤氣費'],
    ['phone', '電話費'],
    ['broadband', '寬頻費'],
    ['tv', '有線電視費'],
    ['property', '管理費'],
    ['heating', '暖氣費'],
    ['tax', '稅'],
    ['social_insurance', '強積金'],
  ],
  en: [
    ['electricity', 'electricity bill'],
    ['water', 'water bill'],
    ['gas', 'gas bill'],
    ['phone', 'phone bill'],
    ['broadband', 'internet bill'],
    ['tv', 'cable TV bill'],
    ['property', 'property management fee'],
    ['heating', 'heating bill'],
    ['tax', 'tax'],
    ['social_insurance', 'social insurance'],
  ],
};

const PAYEES: Record<VoiceLocale, string[]> = {
  'zh-CN': ['女儿', '儿子', '孙子', '孙女', '老伴', '闺女', '外孙', '李娜'],
  'zh-TW': ['女兒', '兒子', '孫子', '孫女', '老伴', '外孫'],
  'zh-HK': ['仔', '女', '孫', '老公', '老婆', '阿仔'],
  en: ['daughter', 'son', 'grandson', 'granddaughter', 'wife', 'husband'],
};

const FIXED: Record<VoiceLocale, [string, string, Slots?][]> = {
  'zh-CN': [
    ['卡里还有多少钱', 'check_balance'],
    ['查一下余额', 'check_balance'],
    ['我最近花了多少钱', 'history'],
    ['看看消费记录', 'history'],
    ['出示付款码', 'show_pay_code'],
    ['扫一下这个码', 'scan_code'],
    ['我的消费券', 'vouchers'],
    ['念一下', 'read_screen'],
    ['验证码是什么意思', 'explain', { term: 'verification_code' }],
    ['我不会弄', 'help'],
    ['我想练习', 'lessons'],
    ['字太小了看不清', 'text_size', { direction: 'larger' }],
    ['回首页', 'go_home'],
    ['上一页', 'go_back'],
    ['对，就这样', 'confirm'],
    ['算了不交了', 'cancel'],
    ['再说一遍', 'repeat'],
    ['今天天气怎么样', 'unknown'],
  ],
  'zh-TW': [
    ['我的帳戶還有多少錢', 'check_balance'],
    ['交易紀錄', 'history'],
    ['打開付款碼', 'show_pay_code'],
    ['掃描QR碼', 'scan_code'],
    ['振興券在哪裡', 'vouchers'],
    ['唸給我聽', 'read_screen'],
    ['付款碼是什麼意思', 'explain', { term: 'pay_code' }],
    ['我不會用', 'help'],
    ['我想學', 'lessons'],
    ['字大一點', 'text_size', { direction: 'larger' }],
    ['回首頁', 'go_home'],
    ['上一頁', 'go_back'],
    ['好啊，確定', 'confirm'],
    ['不要了', 'cancel'],
    ['再說一次', 'repeat'],
  ],
  'zh-HK': [
    ['我戶口仲有幾多錢', 'check_balance'],
    ['最近使咗幾多錢', 'history'],
    ['畀老闆睇付款碼', 'show_pay_code'],
    ['掃呢個QR code', 'scan_code'],
    ['我嘅消費券', 'vouchers'],
    ['讀俾我聽', 'read_screen'],
    ['驗證碼係咩', 'explain', { term: 'verification_code' }],
    ['我唔識用', 'help'],
    ['字細啲', 'text_size', { direction: 'smaller' }],
    ['返主頁', 'go_home'],
    ['返上一頁', 'go_back'],
    ['係呀', 'confirm'],
    ['唔要喇', 'cancel'],
    ['講多次', 'repeat'],
  ],
  en: [
    ['how much money do I have', 'check_balance'],
    ['what did I spend this month', 'history'],
    ['show my payment code', 'show_pay_code'],
    ['scan a QR code', 'scan_code'],
    ['my vouchers', 'vouchers'],
    ['read this page to me', 'read_screen'],
    ["what's a QR code", 'explain', { term: 'qr_code' }],
    ["um, I don't know what to do", 'help'],
    ['I want to learn', 'lessons'],
    ['make the text smaller', 'text_size', { direction: 'smaller' }],
    ['go home', 'go_home'],
    ['go back', 'go_back'],
    ['yes, go ahead', 'confirm'],
    ['never mind', 'cancel'],
    ['say that again', 'repeat'],
    ["what's the weather tomorrow", 'unknown'],
  ],
};

function amountText(minor: number, locale: VoiceLocale): string {
  const yuan = minor / 100;
  const forms =
    locale === 'en'
      ? [`$${yuan}`, `${yuan} dollars`, amountSpoken(minor, 'en').replace('yuan', 'dollars')]
      : locale === 'zh-HK'
        ? [`${yuan}蚊`, amountSpoken(minor, locale).replace('元', '蚊')]
        : [`${yuan}元`, amountSpoken(minor, locale), `${yuan}块`];
  return pick(forms);
}

function generate(): Case[] {
  const out: Case[] = [];
  const locales: VoiceLocale[] = ['zh-CN', 'zh-TW', 'zh-HK', 'en'];
  for (let round = 0; round < 9; round++) {
    for (const locale of locales) {
      for (const [billType, word] of BILL_WORDS[locale]) {
        const minor = pick([5000, 12000, 12850, 250000, 4550, 30000, 100, 990]);
        const a = amountText(minor, locale);
        const pay: [string, Slots][] =
          locale === 'en'
            ? [
                [`pay the ${word}`, { billType }],
                [`please pay my ${word}, ${a}`, { billType, amount: minor }],
              ]
            : locale === 'zh-HK'
              ? [
                  [`唔該幫我交${word}`, { billType }],
                  [`交${word}${a}`, { billType, amount: minor }],
                ]
              : locale === 'zh-TW'
                ? [
                    [`幫我繳${word}`, { billType }],
                    [`${word}繳${a}`, { billType, amount: minor }],
                  ]
                : [
                    [`帮我交一下${word}`, { billType }],
                    [`那个，交${a}的${word}`, { billType, amount: minor }],
                  ];
        for (const [text, slots] of pay) out.push({ locale, text, intent: 'pay_bill', slots });
        const check =
          locale === 'en'
            ? `is my ${word} paid`
            : locale === 'zh-HK'
              ? `${word}交咗未`
              : locale === 'zh-TW'
                ? `${word}繳了嗎`
                : `${word}交了没有`;
        out.push({ locale, text: check, intent: 'check_bills', slots: { billType } });
      }
      for (const payee of PAYEES[locale]) {
        const minor = pick([10000, 20000, 50000, 100000, 12000, 8800]);
        const a = amountText(minor, locale);
        const text =
          locale === 'en'
            ? pick([`send ${a} to my ${payee}`, `transfer ${a} to my ${payee}`])
            : locale === 'zh-HK'
              ? pick([`轉${a}俾我個${payee}`, `俾${a}我個${payee}`])
              : locale === 'zh-TW'
                ? `轉帳給我${payee}${a}`
                : pick([`给${payee}转${a}`, `给我${payee}转${a}`]);
        out.push({ locale, text, intent: 'transfer', slots: { payee, amount: minor } });
        const call =
          locale === 'en'
            ? `call my ${payee}`
            : locale === 'zh-HK'
              ? `打電話俾我個${payee}`
              : locale === 'zh-TW'
                ? `打電話給我${payee}`
                : `叫我${payee}来帮我`;
        out.push({ locale, text: call, intent: 'family_help', slots: { member: payee } });
      }
      for (const [text, intent, slots] of FIXED[locale])
        out.push({ locale, text, intent, slots: slots ?? {} });
    }
  }
  // fillers and spacing variants, so no two rounds are identical strings
  return out.map((c, i) => {
    const zh = c.locale !== 'en';
    const v = i % 4;
    const text =
      v === 1
        ? zh
          ? `嗯，${c.text}`
          : `um, ${c.text}`
        : v === 2
          ? `${c.text}${zh ? '吧' : ' please'}`
          : c.text;
    // 吧 / please after a question changes nothing the parser cares about
    return { ...c, text: v === 2 && /[吗嗎未]$|\?$/.test(c.text) ? c.text : text };
  });
}

// The baseline: first keyword found by String.includes decides the intent.
const KEYWORDS: [string, string][] = [
  ['余额', 'check_balance'],
  ['餘額', 'check_balance'],
  ['多少钱', 'check_balance'],
  ['幾多錢', 'check_balance'],
  ['balance', 'check_balance'],
  ['记录', 'history'],
  ['紀錄', 'history'],
  ['spend', 'history'],
  ['付款码', 'show_pay_code'],
  ['付款碼', 'show_pay_code'],
  ['payment code', 'show_pay_code'],
  ['扫', 'scan_code'],
  ['掃', 'scan_code'],
  ['scan', 'scan_code'],
  ['券', 'vouchers'],
  ['voucher', 'vouchers'],
  ['转', 'transfer'],
  ['轉', 'transfer'],
  ['send', 'transfer'],
  ['transfer', 'transfer'],
  ['电话', 'family_help'],
  ['電話', 'family_help'],
  ['call', 'family_help'],
  ['念', 'read_screen'],
  ['唸', 'read_screen'],
  ['读', 'read_screen'],
  ['讀', 'read_screen'],
  ['read', 'read_screen'],
  ['意思', 'explain'],
  ['係咩', 'explain'],
  ["what's a", 'explain'],
  ['不会', 'help'],
  ['唔識', 'help'],
  ["don't know", 'help'],
  ['学', 'lessons'],
  ['學', 'lessons'],
  ['练习', 'lessons'],
  ['learn', 'lessons'],
  ['字', 'text_size'],
  ['text', 'text_size'],
  ['首页', 'go_home'],
  ['首頁', 'go_home'],
  ['主頁', 'go_home'],
  ['home', 'go_home'],
  ['上一页', 'go_back'],
  ['上一頁', 'go_back'],
  ['back', 'go_back'],
  ['再说', 'repeat'],
  ['再說', 'repeat'],
  ['講多次', 'repeat'],
  ['again', 'repeat'],
  ['不', 'cancel'],
  ['唔要', 'cancel'],
  ['never mind', 'cancel'],
  ['对', 'confirm'],
  ['好', 'confirm'],
  ['係', 'confirm'],
  ['yes', 'confirm'],
  ['费', 'pay_bill'],
  ['費', 'pay_bill'],
  ['税', 'pay_bill'],
  ['稅', 'pay_bill'],
  ['bill', 'pay_bill'],
];

function baseline(text: string): ParseResult {
  const t = text.toLowerCase();
  for (const [k, intent] of KEYWORDS)
    if (t.includes(k)) return { intent: intent as ParseResult['intent'], slots: {} };
  return { intent: 'unknown', slots: {} };
}

function correct(c: Case, r: ParseResult): boolean {
  if (r.intent !== c.intent) return false;
  return Object.entries(c.slots).every(([k, v]) => {
    const got = r.slots[k as keyof Slots];
    return k === 'payee' || k === 'member'
      ? String(got ?? '')
          .toLowerCase()
          .replace(/^(我的|我個|我个|我嘅|我|個|个|my)/, '') === String(v).toLowerCase()
      : got === v;
  });
}

function measure(name: string, fn: (c: Case) => ParseResult, corpus: Case[]) {
  for (const c of corpus) fn(c); // warm-up: JIT, lazy dictionaries
  const lat: number[] = [];
  let right = 0;
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of corpus) {
      const s = performance.now();
      const res = fn(c);
      lat.push(performance.now() - s);
      if (r === 0 && correct(c, res)) right++;
    }
  }
  const total = performance.now() - t0;
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0;
  return {
    name,
    perSecond: lat.length / (total / 1000),
    p50: q(0.5),
    p99: q(0.99),
    max: q(1),
    accuracy: right / corpus.length,
  };
}

const corpus = generate();
const t0 = performance.now();
parseUtterance('交电费', 'zh-CN'); // first call loads the OpenCC and pinyin dictionaries
const coldMs = performance.now() - t0;
const base = measure('keyword includes', (c) => baseline(c.text), corpus);
const parser = measure('parser', (c) => parseUtterance(c.text, c.locale), corpus);

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number, d = 3) => n.toFixed(d).padStart(10);
const byLocale = (['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const)
  .map((l) => `${l} ${corpus.filter((c) => c.locale === l).length}`)
  .join(', ');
console.log(`bench:voice: ${corpus.length} generated utterances (${byLocale}), ${ROUNDS} rounds`);
console.log(`first call (dictionaries load): ${coldMs.toFixed(1)} ms`);
console.log(
  `${pad('matcher', 18)}${'utt/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}${'accuracy'.padStart(10)}`,
);
for (const r of [base, parser])
  console.log(
    `${pad(r.name, 18)}${r.perSecond.toFixed(0).padStart(10)}${num(r.p50)}${num(r.p99)}${num(r.max)}${(r.accuracy * 100).toFixed(1).padStart(9)}%`,
  );
console.log(
  `parser / baseline throughput = ${(parser.perSecond / base.perSecond).toFixed(3)}; p99 ${parser.p99.toFixed(3)} ms (target < 2 ms): ${parser.p99 < 2 ? 'PASS' : 'MISS'}`,
);

const misses = corpus.filter((c) => !correct(c, parseUtterance(c.text, c.locale)));
if (misses.length)
  console.log(
    `parser misses on generated labels (first 5 of ${misses.length}):\n` +
      misses
        .slice(0, 5)
        .map((c) => `  ${c.locale} ${c.text} → ${JSON.stringify(parseUtterance(c.text, c.locale))}`)
        .join('\n'),
  );
