import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, locales, resolveLocale } from '@/lib/i18n/config';

describe('locale resolution', () => {
  it.each([
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-Hant-TW;q=0.9', 'zh-TW'],
    ['zh-HK,zh;q=0.8', 'zh-HK'],
    ['yue', 'zh-HK'],
    ['zh-Hans-SG', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR,de;q=0.5', 'zh-CN'],
    ['en;q=0.2,zh-TW;q=0.8', 'zh-TW'],
    ['en;q=0', 'zh-CN'],
    ['', 'zh-CN'],
    ['*', 'zh-CN'],
  ])('Accept-Language %j gives %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("prefers the user's own setting over the browser", () => {
    expect(resolveLocale('zh-HK', 'en-US')).toBe('zh-HK');
    expect(resolveLocale(null, 'en-US')).toBe('en');
    expect(resolveLocale('xx', undefined)).toBe('zh-CN');
  });

  it('always answers a supported locale, whatever the header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (header) => {
        expect(locales).toContain(localeFromAcceptLanguage(header));
      }),
    );
  });
});
