// Spoken amounts → integer minor units (fen / cents). Works on folded text (Simplified,
// lower-case, half-width): Chinese numerals in every colloquial form (一百二, 两千五, 三块五毛,
// 一千零五十, 百五, 廿), Arabic digits (50, 45.50, 1,200, 1万2), English number words
// (a hundred and twenty, twelve hundred, forty-five fifty cents) and currency signs ($, ¥, hk$).

export interface AmountMatch {
  /** Minor units. */
  amount: number;
  start: number;
  end: number;
  /** A currency word or sign was said with it (元, 块, 蚊, dollars, $ ...). */
  unit: boolean;
}

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  仨: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };
const TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

const NUM_CHAR = /[零〇一幺二两俩三仨四五六七八九十拾百佰千仟万萬亿廿卅卌0-9]/;
const YUAN = ['块钱', '块', '塊', '元', '圆', '蚊', '文', '蚊鸡'];
/** Cantonese slang: 一旧水 = one hundred dollars (嚿水 folds to 旧水). */
const HUNDREDS = ['旧水', '嚿水'];
const JIAO = ['毛钱', '毛', '角', '毫子', '毫'];
const FEN = ['分钱'];
/** Measure words that make a bare numeral "not money" (一下, 一遍, 两个, 第四, 三月 ...). */
const NOT_MONEY_AFTER =
  /^(下|遍|次|个|個|页|頁|点(?![零〇一二两三四五六七八九0-9])|些|张|張|位|岁|歲|号|號|月|日|天|年|楼|樓|台|部|条|條|件|样|樣|种|種|声|聲|句|步|起|直|定|共|路|会|會|口|间|間|层|層|号线|周|星期|小时|分钟|秒|度|倍|成|折|级|級|级|寸|米|斤|克|g\b)/;

/** Parses a run of Chinese numerals (with optional Arabic digits); NaN when malformed. */
export function chineseInteger(run: string): number {
  if (/^[0-9]+$/.test(run)) return Number(run);
  let total = 0; // completed 万/亿 sections
  let section = 0; // within the current 万 section
  let digit: number | null = null;
  let lastUnit = 0; // the last small unit seen in this section, for 一百二 = 120
  let zeroSeen = false;
  let i = 0;
  while (i < run.length) {
    const ch = c(run, i);
    if (/[0-9]/.test(ch)) {
      let j = i;
      while (j < run.length && /[0-9]/.test(c(run, j))) j++;
      digit = Number(run.slice(i, j));
      i = j;
      continue;
    }
    if (ch in DIGIT) {
      if ((DIGIT[ch] ?? 0) === 0) {
        zeroSeen = true;
        digit = null;
      } else digit = DIGIT[ch] ?? 0;
      i++;
      continue;
    }
    if (ch in TENS) {
      section += TENS[ch] ?? 0;
      lastUnit = 10;
      digit = null;
      i++;
      continue;
    }
    if (ch in SMALL_UNIT) {
      const u = SMALL_UNIT[ch] ?? 0;
      section += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
      zeroSeen = false;
      i++;
      continue;
    }
    if (ch in BIG_UNIT) {
      const u = BIG_UNIT[ch] ?? 0;
      if (digit !== null) section += digit;
      digit = null;
      if (section === 0 && total === 0) section = 1;
      total = (total + section) * u;
      section = 0;
      lastUnit = u;
      zeroSeen = false;
      i++;
      continue;
    }
    return NaN;
  }
  if (digit !== null) {
    // 一百二 = 120, 两千五 = 2500, 一万二 = 12000 — unless a 零 came between (一百零二 = 102).
    if (lastUnit >= 100 && !zeroSeen && digit < 10) section += digit * (lastUnit / 10);
    else section += digit;
  }
  return total + section;
}

const EN_SMALL: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_MULT: Record<string, number> = { hundred: 100, thousand: 1000, grand: 1000, k: 1000 };
const EN_CURRENCY =
  /^(dollars?|bucks?|yuan|rmb|kuai|hkd|twd|ntd|usd|cny|quid|pounds?|euros?|renminbi)\b/;
const EN_CENTS = /^(cents?|pence|p|fen|jiao|mao)\b/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** The character at i, or '' past either end. */
function c(s: string, i: number): string {
  return s.charAt(i);
}

const NO_TOKEN: Token = { text: '', start: 0, end: 0 };
function tok(toks: Token[], i: number): Token {
  return toks[i] ?? NO_TOKEN;
}

function enTokens(s: string): Token[] {
  const out: Token[] = [];
  const re = /[a-z]+|\$|¥|￥|[0-9][0-9,]*(?:\.[0-9]+)?/g;
  for (let m = re.exec(s); m; m = re.exec(s))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** English amounts: digits with $ or a currency word, and number words. */
function englishAmounts(s: string): AmountMatch[] {
  const toks = enTokens(s);
  const out: AmountMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    const start = i;
    let sign = false;
    if (tok(toks, i).text === '$' || tok(toks, i).text === '¥' || tok(toks, i).text === '￥') {
      sign = true;
      i++;
    } else if (/^(hk|nt|us|rmb)$/.test(tok(toks, i).text) && tok(toks, i + 1).text === '$') {
      sign = true;
      i += 2;
    }
    let value: number | null = null;
    let j = i;
    if (j < toks.length && /^[0-9]/.test(tok(toks, j).text)) {
      value = Number(tok(toks, j).text.replace(/,/g, ''));
      // a phone or card number is not money
      if (!sign && /^[0-9]{7,}$/.test(tok(toks, j).text)) {
        i = j + 1;
        continue;
      }
      j++;
      if (tok(toks, j).text && (tok(toks, j).text === 'k' || tok(toks, j).text === 'grand')) {
        value *= 1000;
        j++;
      }
    } else {
      // number words: [a|one..ninety]* (hundred|thousand) ... with optional "and"
      let total = 0;
      let current = 0;
      let any = false;
      let k = j;
      while (k < toks.length) {
        const w = tok(toks, k).text;
        if (w in EN_SMALL && !(w === 'a' || w === 'an' || w === 'oh')) {
          const v = EN_SMALL[w] ?? 0;
          // "forty-five fifty" is two numbers (45.50): a word joins only an empty slot
          const fits = current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20 && v < 10);
          if (any && !fits) break;
          current += v;
          any = true;
          k++;
        } else if (
          (w === 'a' || w === 'an') &&
          tok(toks, k + 1).text &&
          tok(toks, k + 1).text in EN_MULT
        ) {
          current += 1;
          any = true;
          k++;
        } else if (w in EN_MULT && any) {
          const m = EN_MULT[w] ?? 0;
          if (m === 100) current = (current || 1) * 100;
          else {
            total += (current || 1) * m;
            current = 0;
          }
          k++;
        } else if (
          w === 'and' &&
          any &&
          tok(toks, k + 1).text &&
          tok(toks, k + 1).text in EN_SMALL
        ) {
          k++;
        } else break;
      }
      if (any) {
        value = total + current;
        j = k;
      }
    }
    if (value === null || !Number.isFinite(value)) {
      i = start + 1;
      continue;
    }
    let unit = sign;
    let minor = Math.round(value * 100);
    // "forty-five fifty" / "twelve ninety-nine": dollars then cents
    if (!/^[0-9]/.test(tok(toks, i).text) && value < 10_000 && value % 100 !== 0) {
      const cents = englishCents(toks, j);
      if (cents && cents.cents >= 10 && !EN_CURRENCY.test(tok(toks, j).text)) {
        minor += cents.cents;
        j = cents.next;
        unit = EN_CURRENCY.test(tok(toks, j).text) || unit;
        if (EN_CURRENCY.test(tok(toks, j).text)) j++;
        out.push({ amount: minor, start: tok(toks, start).start, end: tok(toks, j - 1).end, unit });
        i = j;
        continue;
      }
    }
    if (tok(toks, j).text && EN_CURRENCY.test(tok(toks, j).text)) {
      unit = true;
      j++;
    } else if (tok(toks, j).text && EN_CENTS.test(tok(toks, j).text) && !sign) {
      // "fifty cents"
      out.push({
        amount: Math.round(value),
        start: tok(toks, start).start,
        end: tok(toks, j).end,
        unit: true,
      });
      i = j + 1;
      continue;
    }
    // "... dollars and fifty cents" / "... dollars fifty"
    let k = j;
    if (unit && tok(toks, k).text === 'and') k++;
    if (unit && toks[k]) {
      const rest = englishCents(toks, k);
      if (rest) {
        minor += rest.cents;
        j = rest.next;
      }
    }
    out.push({ amount: minor, start: tok(toks, start).start, end: tok(toks, j - 1).end, unit });
    i = j;
  }
  return out;
}

function englishCents(toks: Token[], k: number): { cents: number; next: number } | null {
  let v: number | null = null;
  let j = k;
  if (/^[0-9]+$/.test(tok(toks, j).text ?? '')) {
    v = Number(tok(toks, j).text);
    j++;
  } else if (
    tok(toks, j).text &&
    tok(toks, j).text in EN_SMALL &&
    !['a', 'an', 'oh'].includes(tok(toks, j).text)
  ) {
    v = EN_SMALL[tok(toks, j).text] ?? 0;
    j++;
    if (
      v >= 20 &&
      tok(toks, j).text &&
      tok(toks, j).text in EN_SMALL &&
      (EN_SMALL[tok(toks, j).text] ?? 0) < 10
    ) {
      v += EN_SMALL[tok(toks, j).text] ?? 0;
      j++;
    }
  }
  if (v === null || v >= 100) return null;
  if (tok(toks, j).text && EN_CENTS.test(tok(toks, j).text)) j++;
  return { cents: v, next: j };
}

function startsWithAny(s: string, at: number, words: string[]): string | undefined {
  return words.find((w) => s.startsWith(w, at));
}

/** Chinese (and Arabic-digit) amounts with 块/元/蚊, 毛/角/毫, 分, 点 decimals. */
function chineseAmounts(s: string): AmountMatch[] {
  const out: AmountMatch[] = [];
  let i = 0;
  while (i < s.length) {
    if (!NUM_CHAR.test(c(s, i)) && !(c(s, i) === '¥' || c(s, i) === '￥')) {
      i++;
      continue;
    }
    const start = i;
    let sign = false;
    if (c(s, i) === '¥' || c(s, i) === '￥') {
      sign = true;
      i++;
    }
    let j = i;
    while (
      j < s.length &&
      (NUM_CHAR.test(c(s, j)) || (c(s, j) === ',' && /[0-9]/.test(c(s, j + 1) ?? '')))
    )
      j++;
    if (j === i) {
      i = start + 1;
      continue;
    }
    const run = s.slice(i, j).replace(/,/g, '');
    // a decimal part: 点五 / .5
    let frac = '';
    if (
      (c(s, j) === '点' || c(s, j) === '.') &&
      /[零〇一二两三四五六七八九0-9]/.test(c(s, j + 1) ?? '')
    ) {
      let k = j + 1;
      while (k < s.length && /[零〇一二两三四五六七八九0-9]/.test(c(s, k))) k++;
      frac = s
        .slice(j + 1, k)
        .split('')
        .map((c) => (c in DIGIT ? String(DIGIT[c] ?? 0) : c))
        .join('');
      j = k;
    }
    const whole = chineseInteger(run);
    if (Number.isNaN(whole)) {
      i = j;
      continue;
    }
    // 第四台, 第一 → ordinals; 1380013800 → a phone number, not money.
    if (c(s, start - 1) === '第' || (/^[0-9]{7,}$/.test(run) && !frac)) {
      i = j;
      continue;
    }
    let minor = Math.round((whole + (frac ? Number(`0.${frac}`) : 0)) * 100);
    let unit = sign;
    let end = j;
    const hundreds = startsWithAny(s, end, HUNDREDS);
    if (hundreds) {
      out.push({ amount: minor * 100, start, end: end + hundreds.length, unit: true });
      i = end + hundreds.length;
      continue;
    }
    const yuan = startsWithAny(s, end, YUAN);
    let afterYuan = false;
    if (yuan) {
      unit = true;
      end += yuan.length;
      afterYuan = true;
    } else if (/^(毛钱|毛|角|毫)/.test(s.slice(end)) && !frac) {
      // 五毛 = 0.50
      const w = startsWithAny(s, end, JIAO)!;
      minor = whole * 10;
      unit = true;
      end += w.length;
      const cents = trailingDigit(s, end);
      if (cents) {
        minor += cents.value;
        end = cents.end;
        const f = startsWithAny(s, end, ['分钱', '分']);
        if (f) end += f.length;
      }
      out.push({ amount: minor, start, end, unit });
      i = end;
      continue;
    } else if (
      startsWithAny(s, end, FEN) ||
      (c(s, end) === '分' && /^(\s|)$/.test(c(s, end + 1)))
    ) {
      minor = whole;
      unit = true;
      end += startsWithAny(s, end, FEN) ? 2 : 1;
      out.push({ amount: minor, start, end, unit });
      i = end;
      continue;
    }
    if (afterYuan) {
      // 三块五(毛), 一块二毛五, 两块半, 一块零五(分)
      if (c(s, end) === '半') {
        minor += 50;
        end++;
      } else {
        let zero = false;
        if (c(s, end) === '零') {
          zero = true;
          end++;
        }
        const d = trailingDigit(s, end);
        if (d) {
          const jiao = startsWithAny(s, d.end, JIAO);
          const fen = startsWithAny(s, d.end, ['分钱', '分']);
          if (zero || fen) {
            minor += d.value;
            end = d.end + (fen?.length ?? 0);
          } else {
            minor += d.value * 10;
            end = d.end + (jiao?.length ?? 0);
            const c = trailingDigit(s, end);
            if (c && jiao) {
              minor += c.value;
              end = c.end;
              const f = startsWithAny(s, end, ['分钱', '分']);
              if (f) end += f.length;
            }
          }
        } else if (zero) end--;
      }
    } else if (c(s, end) === '半' && /[十百千万]$/.test(run) === false && !frac) {
      // 个半 is rare; leave
    }
    if (!unit) {
      // A bare numeral is money only when it has a magnitude (十/百/千/万), digits, or stands at
      // the end of a clause; 一下, 一遍, 两个, 大一点, 三月 are not.
      const next = s.slice(end);
      if (NOT_MONEY_AFTER.test(next)) {
        i = end;
        continue;
      }
      const hasMagnitude = /[十百千万萬廿卅0-9]/.test(run) || frac !== '';
      const clauseEnd = next === '' || /^[，,。.!！?？\s的给俾畀到过吧啊呀嘛啦喇了哦咯]/.test(next);
      if (!hasMagnitude && !clauseEnd) {
        i = end;
        continue;
      }
      if (
        !hasMagnitude &&
        /^[一二两]$/.test(run) &&
        c(s, start - 1) &&
        /[第上下这那哪]/.test(c(s, start - 1))
      ) {
        i = end;
        continue;
      }
    }
    out.push({ amount: minor, start, end, unit });
    i = end;
  }
  return out;
}

function trailingDigit(s: string, at: number): { value: number; end: number } | null {
  const ch = c(s, at);
  if (ch === '') return null;
  if (ch in DIGIT && (DIGIT[ch] ?? 0) > 0) return { value: DIGIT[ch] ?? 0, end: at + 1 };
  if (/[0-9]/.test(ch)) {
    let k = at;
    while (k < s.length && /[0-9]/.test(c(s, k))) k++;
    const v = Number(s.slice(at, k));
    return v < 100 ? { value: v, end: k } : null;
  }
  return null;
}

/** Every amount said in the (folded) text, in order. */
export function findAmounts(folded: string): AmountMatch[] {
  const all = [...englishAmounts(folded), ...chineseAmounts(folded)];
  // Where two readings overlap (45 / 45 dollars 50 cents), the longer one wins.
  const kept = all.filter(
    (a) =>
      !all.some(
        (b) =>
          b !== a &&
          b.start < a.end &&
          a.start < b.end &&
          (b.end - b.start > a.end - a.start ||
            (b.end - b.start === a.end - a.start && all.indexOf(b) > all.indexOf(a))),
      ),
  );
  return kept.sort((a, b) => a.start - b.start);
}

/** The amount the speaker meant: one said with a currency word wins, else the first. */
export function pickAmount(folded: string): AmountMatch | undefined {
  const all = findAmounts(folded).filter((a) => a.amount > 0);
  return all.find((a) => a.unit) ?? all[0];
}
