import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, amountSpoken } from '@/lib/money-words';

describe('amountInWords, zh-CN financial capitals (人民币大写)', () => {
  const cases: [number, string][] = [
    [12_850, '壹佰贰拾捌元伍角'],
    [300_000, '叁仟元整'],
    [5, '伍分'],
    [1, '壹分'],
    [50, '伍角'],
    [55, '伍角伍分'],
    [100, '壹元整'],
    [1_000, '壹拾元整'],
    [1_005, '壹拾元零伍分'],
    [1_050, '壹拾元伍角'],
    [1_500, '壹拾伍元整'],
    [10_101, '壹佰零壹元零壹分'],
    [100_005, '壹仟元零伍分'],
    [100_050, '壹仟元伍角'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [1_000_000, '壹万元整'],
    [1_000_100, '壹万零壹元整'],
    [1_001_000, '壹万零壹拾元整'],
    [1_010_000, '壹万零壹佰元整'],
    [1_100_000, '壹万壹仟元整'],
    [10_000_000, '壹拾万元整'],
    [20_000_001, '贰拾万元零壹分'],
    [123_456_789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [100_100_000, '壹佰万壹仟元整'],
    [10_000_000_000, '壹亿元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_010_000_000, '壹亿零壹拾万元整'],
    [11_000_000_000, '壹亿壹仟万元整'],
    [100_000_000_000_000, '壹万亿元整'],
    [100_010_000_000_000, '壹万零壹亿元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ];
  for (const [minor, words] of cases)
    it(`${minor} -> ${words}`, () => expect(amountInWords(minor, 'zh-CN')).toBe(words));
});

/** Reads financial capitals back into fen, to check the words for any amount. */
function readCapitals(words: string): number {
  const digits = '零壹贰叁肆伍陆柒捌玖';
  const small: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
  let acc = 0; // whole yuan
  let section = 0;
  let num = 0;
  let fen = 0;
  for (const c of words) {
    if (digits.includes(c)) num = digits.indexOf(c);
    else if (small[c]) [section, num] = [section + num * small[c], 0];
    else if (c === '万') [acc, section, num] = [acc + (section + num) * 1e4, 0, 0];
    else if (c === '亿') [acc, section, num] = [(acc + section + num) * 1e8, 0, 0];
    else if (c === '元') [acc, section, num] = [acc + section + num, 0, 0];
    else if (c === '角') [fen, num] = [fen + num * 10, 0];
    else if (c === '分') [fen, num] = [fen + num, 0];
    else if (c !== '整') throw new Error(`unexpected ${c}`);
  }
  return acc * 100 + fen;
}

describe('amountInWords, zh-CN, any amount', () => {
  // Amounts full of zeros, where the 零 rules bite.
  const zeroHeavy = fc
    .array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 15 })
    .map((ds) => Number(ds.join('')))
    .filter((n) => n > 0);
  it('reads back to the same amount, never doubles 零, ends in 整 exactly when whole', () => {
    fc.assert(
      fc.property(
        fc.oneof(zeroHeavy, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
        (minor) => {
          const words = amountInWords(minor, 'zh-CN');
          expect(readCapitals(words)).toBe(minor);
          expect(words).not.toMatch(/零零|零[元万亿]|^零/);
          expect(words.endsWith('整')).toBe(minor % 100 === 0);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('amountInWords, Traditional capitals', () => {
  it('uses 貳 參 陸 萬 億 and 元 in zh-TW and zh-HK alike', () => {
    for (const locale of ['zh-TW', 'zh-HK'] as const) {
      expect(amountInWords(12_850, locale)).toBe('壹佰貳拾捌元伍角');
      expect(amountInWords(300_000, locale)).toBe('參仟元整');
      expect(amountInWords(1_005, locale)).toBe('壹拾元零伍分');
      expect(amountInWords(10_000_000, locale)).toBe('壹拾萬元整');
      expect(amountInWords(123_456_789, locale)).toBe('壹佰貳拾參萬肆仟伍佰陸拾柒元捌角玖分');
      expect(amountInWords(10_000_000_100, locale)).toBe('壹億零壹元整');
    }
  });
});

describe('amountInWords, en', () => {
  const cases: [number, string][] = [
    [12_850, 'one hundred twenty-eight yuan and fifty fen'],
    [300_000, 'three thousand yuan'],
    [5, 'five fen'],
    [1, 'one fen'],
    [100, 'one yuan'],
    [1_005, 'ten yuan and five fen'],
    [1_999, 'nineteen yuan and ninety-nine fen'],
    [10_000_000, 'one hundred thousand yuan'],
    [100_100_000, 'one million one thousand yuan'],
    [123_456_789, 'one million two hundred thirty-four thousand five hundred sixty-seven yuan and eighty-nine fen'],
    [100_000_000_000_000, 'one trillion yuan'],
  ]; // prettier-ignore
  for (const [minor, words] of cases)
    it(`${minor} -> ${words}`, () => expect(amountInWords(minor, 'en')).toBe(words));
});

describe('amountSpoken', () => {
  it('says the amount the way a person does', () => {
    expect(amountSpoken(12_850, 'zh-CN')).toBe('一百二十八元五角');
    expect(amountSpoken(12_850, 'zh-TW')).toBe('一百二十八元五角');
    expect(amountSpoken(12_850, 'zh-HK')).toBe('一百二十八元五毫');
    expect(amountSpoken(12_850, 'en')).toBe('one hundred twenty-eight yuan fifty');
  });
  it('drops the leading 一 of 十 only at the start, and never says 整', () => {
    expect(amountSpoken(1_500, 'zh-CN')).toBe('十五元');
    expect(amountSpoken(1_000, 'zh-CN')).toBe('十元');
    expect(amountSpoken(11_000, 'zh-CN')).toBe('一百一十元');
    expect(amountSpoken(10_000_000, 'zh-CN')).toBe('十万元');
    expect(amountSpoken(10_000_001_000, 'zh-CN')).toBe('一亿零一十元');
    expect(amountSpoken(10_000_000, 'zh-HK')).toBe('十萬元');
    expect(amountSpoken(300_000, 'zh-TW')).toBe('三千元');
  });
  it('keeps the zeros a listener needs', () => {
    expect(amountSpoken(1_005, 'zh-CN')).toBe('十元零五分');
    expect(amountSpoken(10_101, 'zh-CN')).toBe('一百零一元零一分');
    expect(amountSpoken(1_005, 'zh-HK')).toBe('十元零五分');
    expect(amountSpoken(55, 'zh-HK')).toBe('五毫五分');
    expect(amountSpoken(5, 'zh-CN')).toBe('五分');
  });
  it('says a one-digit fen part in full in English', () => {
    expect(amountSpoken(1_005, 'en')).toBe('ten yuan and five fen');
    expect(amountSpoken(50, 'en')).toBe('fifty fen');
    expect(amountSpoken(300_000, 'en')).toBe('three thousand yuan');
    expect(amountSpoken(2_110, 'en')).toBe('twenty-one yuan ten');
  });
});

describe('refuses what is not an amount', () => {
  for (const bad of [0, -1, -12_850, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
    it(`${bad}`, () => {
      expect(() => amountInWords(bad, 'zh-CN')).toThrow(RangeError);
      expect(() => amountSpoken(bad, 'en')).toThrow(RangeError);
    });
});
