import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales, namespaces } from '@/lib/i18n/config';

const dir = path.resolve('locales');
type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const load = (locale: string, ns: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(dir, locale, `${ns}.json`), 'utf8')) as Tree);
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('has exactly one folder per supported locale, and one file per namespace', () => {
    expect(fs.readdirSync(dir).sort()).toEqual([...locales].sort());
    for (const l of locales)
      expect(fs.readdirSync(path.join(dir, l)).sort()).toEqual(
        namespaces.map((n) => `${n}.json`).sort(),
      );
  });

  for (const ns of namespaces) {
    const source = load(defaultLocale, ns);
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      it(`${locale}/${ns} has the same keys and placeholders as ${defaultLocale}`, () => {
        const other = load(locale, ns);
        expect([...other.keys()].sort()).toEqual([...source.keys()].sort());
        for (const [key, text] of other) {
          expect(text.trim(), `${locale}/${ns}:${key} is empty`).not.toBe('');
          expect(placeholders(text), `${locale}/${ns}:${key}`).toEqual(
            placeholders(source.get(key)!),
          );
        }
      });
    }
  }

  it('zh-TW and zh-HK are written in Traditional script', () => {
    const simplifiedOnly = /[这说们时会还过应为钱账户设请让]/;
    for (const l of ['zh-TW', 'zh-HK'])
      for (const ns of namespaces)
        for (const [key, text] of load(l, ns))
          if (!key.startsWith('languages.'))
            expect(text, `${l}/${ns}:${key}`).not.toMatch(simplifiedOnly);
  });
});
