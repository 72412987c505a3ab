import type { Locale } from './i18n/config';

// Amounts in words, for receipts (written) and for speech. Written by hand rather than with a
// numerals library: the rules below are the few we need, and they are tested case by case.
//
// Chinese written form: the financial capitals of 《正确填写票据和结算凭证的基本规定》:
// 壹拾 (never a bare 拾), 零 for a gap inside the number, 整 after 元 when there are no
// 角/分, nothing after 角 or 分 (整 after 角 is optional; we leave it out), and 零 before 分
// when 角 is zero: 1005 -> 壹拾元零伍分, 300000 -> 叁仟元整, 5 -> 伍分. zh-TW and zh-HK use
// the Traditional capitals (貳, 參, 陸, 萬, 億) and 元 (not 圓); 10^12 is 万亿 / 萬億.
//
// English written form: "one hundred twenty-eight yuan and fifty fen" (US style, no "and"
// inside the number). Spoken forms: "一百二十八元五角" (zh-CN, zh-TW), "一百二十八元五毫"
// (zh-HK: 毫 for 角, 分 stays 分), "one hundred twenty-eight yuan fifty" (en; a single-digit
// fen part is said in full, "ten yuan and five fen", so it cannot be heard as 5 jiao).

interface Numerals {
  digits: string; // 0-9
  small: string; // ten, hundred, thousand
  wan: string; // 10^4
  yi: string; // 10^8; 10^12 is 万亿 / 萬億
  tenAlone: boolean; // say 十五 rather than 一十五 at the start
}

const capitalsCN: Numerals = {
  digits: '零壹贰叁肆伍陆柒捌玖',
  small: '拾佰仟',
  wan: '万',
  yi: '亿',
  tenAlone: false,
};
const capitalsTrad: Numerals = {
  ...capitalsCN,
  digits: '零壹貳參肆伍陸柒捌玖',
  wan: '萬',
  yi: '億',
};
const spokenCN: Numerals = {
  digits: '零一二三四五六七八九',
  small: '十百千',
  wan: '万',
  yi: '亿',
  tenAlone: true,
};
const spokenTrad: Numerals = { ...spokenCN, wan: '萬', yi: '億' };

function checkAmount(minor: number): void {
  if (!Number.isSafeInteger(minor) || minor <= 0)
    throw new RangeError('amount must be a positive integer number of minor units (fen)');
}

/** 1..9999, with 零 for inner gaps; `leading` allows the spoken 十五 for 15 at the very start. */
function belowTenThousand(n: number, z: Numerals, leading: boolean): string {
  let out = '';
  let gap = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += z.digits.charAt(0);
    gap = false;
    const omitOne = leading && z.tenAlone && out === '' && p === 1 && d === 1;
    out += (omitOne ? '' : z.digits.charAt(d)) + z.small.charAt(p - 1);
  }
  return out;
}

/** A whole number (>= 1) in Chinese numerals: 万 groups, 亿 above them, 零 for each gap. */
function chineseInteger(n: number, z: Numerals, leading = true): string {
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    const head = chineseInteger(high, z, leading) + z.yi;
    return low === 0
      ? head
      : head + (low < 1e7 ? z.digits.charAt(0) : '') + chineseInteger(low, z, false);
  }
  const wan = Math.floor(n / 1e4);
  const rest = n % 1e4;
  const head = wan > 0 ? belowTenThousand(wan, z, leading) + z.wan : '';
  if (rest === 0) return head;
  return (
    head +
    (head && rest < 1000 ? z.digits.charAt(0) : '') +
    belowTenThousand(rest, z, leading && !head)
  );
}

function chineseAmount(
  minor: number,
  z: Numerals,
  units: { yuan: string; jiao: string; fen: string; whole: string },
): string {
  const yuan = Math.floor(minor / 100);
  const jiao = Math.floor(minor / 10) % 10;
  const fen = minor % 10;
  let out = yuan > 0 ? chineseInteger(yuan, z) + units.yuan : '';
  if (jiao > 0) out += z.digits.charAt(jiao) + units.jiao;
  if (fen > 0)
    out += (yuan > 0 && jiao === 0 ? z.digits.charAt(0) : '') + z.digits.charAt(fen) + units.fen;
  if (jiao === 0 && fen === 0) out += units.whole;
  return out;
}

const ones = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen',
]; // prettier-ignore
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const scales = ['', 'thousand', 'million', 'billion', 'trillion'];

function englishBelowThousand(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${ones[Math.floor(n / 100)]} hundred`);
  const r = n % 100;
  if (r >= 20) parts.push(tens[Math.floor(r / 10)]! + (r % 10 ? `-${ones[r % 10]}` : ''));
  else if (r > 0) parts.push(ones[r]!);
  return parts.join(' ');
}

/** A whole number (>= 1) in English words, short scale: "one hundred twenty-eight". */
function englishInteger(n: number): string {
  const parts: string[] = [];
  for (let i = 0, rest = n; rest > 0; i++, rest = Math.floor(rest / 1000)) {
    const chunk = rest % 1000;
    if (chunk > 0) parts.unshift(englishBelowThousand(chunk) + (scales[i] ? ` ${scales[i]}` : ''));
  }
  return parts.join(' ');
}

/** The amount as written on a receipt, e.g. 12850 -> 壹佰贰拾捌元伍角 / "one hundred twenty-eight yuan and fifty fen". */
export function amountInWords(minor: number, locale: Locale): string {
  checkAmount(minor);
  if (locale === 'en') {
    const yuan = Math.floor(minor / 100);
    const fen = minor % 100;
    const y = yuan > 0 ? `${englishInteger(yuan)} yuan` : '';
    const f = fen > 0 ? `${englishInteger(fen)} fen` : '';
    return y && f ? `${y} and ${f}` : y || f;
  }
  const z = locale === 'zh-CN' ? capitalsCN : capitalsTrad;
  return chineseAmount(minor, z, { yuan: '元', jiao: '角', fen: '分', whole: '整' });
}

/** The amount as a person says it, for speech: 12850 -> 一百二十八元五角 / "one hundred twenty-eight yuan fifty". */
export function amountSpoken(minor: number, locale: Locale): string {
  checkAmount(minor);
  if (locale === 'en') {
    const yuan = Math.floor(minor / 100);
    const fen = minor % 100;
    if (yuan === 0) return `${englishInteger(fen)} fen`;
    const y = `${englishInteger(yuan)} yuan`;
    if (fen === 0) return y;
    return fen < 10 ? `${y} and ${englishInteger(fen)} fen` : `${y} ${englishInteger(fen)}`;
  }
  if (locale === 'zh-HK')
    return chineseAmount(minor, spokenTrad, { yuan: '元', jiao: '毫', fen: '分', whole: '' });
  const z = locale === 'zh-CN' ? spokenCN : spokenTrad;
  return chineseAmount(minor, z, { yuan: '元', jiao: '角', fen: '分', whole: '' });
}
