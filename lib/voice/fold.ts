// Folding: one comparable form for every script and recognizer quirk, with a map back to the
// words as said (payee and member slots are returned in the speaker's own script).
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';

export interface Folded {
  /** NFKC text as said. */
  orig: string;
  /** Simplified, lower-case, punctuation as spaces; same length as `map`. */
  s: string;
  /** map[i] = index in orig of s[i]. */
  map: number[];
  /** When homophones were rewritten: the folded text before and after, aligned with orig. */
  heard?: { plain: string; canon: string };
}

let toSimplified: ((text: string) => string) | undefined;
function t2s(text: string): string {
  // Hong Kong and Taiwan variants both fold to mainland Simplified (唸 → 念, 瓦斯 stays).
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => (c.length === 1 ? toSimplified!(c).slice(0, 1) || c : c)).join('');
}

const PUNCT = /[\s,.!?;:，。！？；：、…~～·"'“”‘’()（）【】[\]《》<>「」『』\-—_/\\|*#@]/;

export function fold(text: string): Folded {
  const orig = text.normalize('NFKC');
  let s = t2s(orig).toLowerCase();
  if (s.length !== orig.length) s = t2s(orig);
  const chars = s.split('');
  for (let i = 0; i < chars.length; i++) {
    // keep "." inside numbers (45.50) and "'" inside words (what's), "+" for +86, "$" signs
    const c = chars[i] ?? '';
    if (
      (c === '.' || c === ',') &&
      /[0-9]/.test(chars[i - 1] ?? '') &&
      /[0-9]/.test(chars[i + 1] ?? '')
    )
      continue;
    if (c === "'" && /[a-z]/.test(chars[i - 1] ?? '') && /[a-z]/.test(chars[i + 1] ?? '')) continue;
    if (c === '’' && /[a-z]/.test(chars[i - 1] ?? '')) {
      chars[i] = "'";
      continue;
    }
    if (c === '-' && /[a-z]/.test(chars[i - 1] ?? '') && /[a-z]/.test(chars[i + 1] ?? '')) {
      chars[i] = ' ';
      continue;
    }
    if (PUNCT.test(c)) chars[i] = ' ';
  }
  // one spelling for words with two (帐/账, 纪录/记录, 俾/畀)
  const folded = chars
    .join('')
    .replace(/帐/g, '账')
    .replace(/纪录/g, '记录')
    .replace(/畀/g, '俾')
    .replace(/劵/g, '券');
  return { orig, s: folded, map: chars.map((_, i) => i) };
}

/** Drops every match of re from the folded text, keeping the map to the original. */
export function drop(f: Folded, re: RegExp): Folded {
  const keep: boolean[] = new Array(f.s.length).fill(true);
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(f.s); m; m = g.exec(f.s)) {
    for (let k = m.index; k < m.index + m[0].length; k++) keep[k] = false;
    if (m[0].length === 0) g.lastIndex++;
  }
  let s = '';
  const map: number[] = [];
  for (let i = 0; i < f.s.length; i++)
    if (keep[i]) {
      s += f.s[i];
      map.push(f.map[i] ?? 0);
    }
  return { ...f, s, map };
}

/** The words as said for s[start, end). */
export function said(f: Folded, start: number, end: number): string {
  if (end <= start) return '';
  const from = f.map[start] ?? 0;
  const to = (f.map[end - 1] ?? f.orig.length - 1) + 1;
  // A name the recognizer misheard (女而) is given as the word it sounds like (女儿).
  if (f.heard && f.heard.plain.slice(from, to) !== f.heard.canon.slice(from, to))
    return f.heard.canon.slice(from, to).trim();
  return f.orig.slice(from, to).trim();
}

// ---- Pinyin-level fuzzy matching, for recognizer homophones (交店费 → 电费, 社包 → 社保) ----

const syllableCache = new Map<string, string[]>();

/** Toneless pinyin readings of one Han character, fuzzed (zh→z, n→l, ing→in ...). */
function readings(ch: string): string[] {
  let r = syllableCache.get(ch);
  if (!r) {
    r = /\p{Script=Han}/u.test(ch)
      ? [
          ...new Set(
            (pinyin(ch, { toneType: 'none', type: 'array', multiple: true }) as string[]).map(fuzz),
          ),
        ]
      : [];
    syllableCache.set(ch, r);
  }
  return r;
}

/** Collapses the distinctions many speakers and recognizers blur. */
export function fuzz(syllable: string): string {
  return syllable
    .replace(/ü|u:/g, 'v')
    .replace(/^zh/, 'z')
    .replace(/^ch/, 'c')
    .replace(/^sh/, 's')
    .replace(/^n(?=[^g]|$)/, 'l')
    .replace(/^r/, 'l')
    .replace(/^h(?=u)/, 'f')
    .replace(/^f/, 'f')
    .replace(/ing$/, 'in')
    .replace(/eng$/, 'en')
    .replace(/uang$/, 'uan')
    .replace(/iang$/, 'ian')
    .replace(/ang$/, 'an');
}

interface Keyword {
  word: string;
  keys: string[];
  /** A real word that sounds the same must not be rewritten without this context before it. */
  onlyAfter?: RegExp;
}

function keyword(word: string, onlyAfter?: RegExp): Keyword {
  const keys = (pinyin(word, { toneType: 'none', type: 'array' }) as string[]).map(fuzz);
  return { word, keys, onlyAfter };
}

let keywords: Keyword[] | undefined;
// Words a recognizer mishears often enough to matter; longer first.
const KEYWORDS: [string, RegExp?][] = [
  ['打电话'],
  ['诈骗'],
  ['放大'],
  ['调大'],
  ['缩小'],
  ['练习'],
  ['确定'],
  ['字体'],
  ['返回'],
  ['确认'],
  ['取消'],
  ['密码'],
  ['有线电视'],
  ['消费券'],
  ['付款码'],
  ['验证码'],
  ['二维码'],
  ['话费', /(交|缴|充|付|续)\S{0,2}$/],
  ['电费'],
  ['水费'],
  ['燃气'],
  ['煤气'],
  ['暖气'],
  ['物业'],
  ['宽带'],
  ['社保'],
  ['医保'],
  ['余额'],
  ['首页'],
  ['女儿'],
  ['儿子'],
  ['孙子'],
  ['孙女'],
  ['转账'],
];
/** Han runs that are real words and must stay as they are. */
const REAL_WORDS = /税费|花费|没气|优先|款待|午夜|孙仔|秘密/;

/**
 * Rewrites homophones of the keywords above into the keywords, in place (same length), so that
 * the grammar sees 电费 whether the recognizer wrote 电费, 店费 or 垫费.
 */
export function canonical(s: string): string {
  if (!HAN.test(s)) return s;
  keywords ??= KEYWORDS.map(([w, ctx]) => keyword(w, ctx));
  const chars = s.split('');
  const syl = chars.map(readings);
  for (const k of keywords) {
    const n = k.word.length;
    for (let i = 0; i + n <= chars.length; i++) {
      let exact = 0;
      let heard = true;
      for (let j = 0; j < n; j++) {
        if (chars[i + j] === k.word[j]) exact++;
        else if (
          NUMERAL.test(chars[i + j] ?? '') ||
          !(syl[i + j] ?? []).includes(k.keys[j] ?? '')
        ) {
          heard = false;
          break;
        }
      }
      // at least one character said right, and not already the keyword
      if (!heard || exact === 0 || exact === n) continue;
      // 税费 and 花费 are words of their own: rewrite them only in a paying context (交花费).
      const window = chars.slice(i, i + n).join('');
      if (REAL_WORDS.test(window) && !k.onlyAfter?.test(chars.slice(0, i).join(''))) continue;
      for (let j = 0; j < n; j++) {
        const w = k.word.charAt(j);
        chars[i + j] = w;
        syl[i + j] = readings(w);
      }
    }
  }
  return chars.join('');
}

const HAN = /\p{Script=Han}/u;
/** 女二千 is a daughter and two thousand, not 女儿千: numerals are never rewritten. */
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿廿卅0-9]/;
