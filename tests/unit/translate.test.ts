import { describe, expect, it } from 'vitest';
import { locales, namespaces } from '@/lib/i18n/config';
import { translate } from '@/lib/i18n/translate';
import { resources } from '@/server/i18n/resources';
import { getT } from '@/server/i18n/t';

type Tree = { [k: string]: string | Tree };
function keys(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : keys(v, `${prefix}${k}.`),
  );
}

// The client's small lookup must say exactly what the server's i18next says.
describe('translate (client) agrees with i18next (server)', () => {
  for (const locale of locales) {
    it(`every key of every namespace in ${locale}, with and without its variables`, () => {
      let checked = 0;
      for (const ns of namespaces) {
        const server = getT(locale, ns) as unknown as (k: string, o?: object) => string;
        for (const [key, text] of keys(resources[locale][ns] as Tree)) {
          const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
          const vars = Object.fromEntries(names.map((n, i) => [n, `<${n}${i}>`]));
          expect(translate(locale, resources[locale], ns, key, vars), `${ns}:${key}`).toBe(
            server(key, vars),
          );
          expect(translate(locale, resources[locale], ns, key), `${ns}:${key} bare`).toBe(
            server(key),
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(300);
    });
  }

  it('reads another namespace with ns:key, falls back to defaultValue, picks plurals by count', () => {
    const r = {
      a: { x: 'A {{n}}', n: { deep: 'deep' } },
      b: { y_one: 'one {{count}}', y_other: 'many {{count}}' },
    };
    expect(translate('en', r, 'a', 'x', { n: 1 })).toBe('A 1');
    expect(translate('en', r, 'a', 'n.deep')).toBe('deep');
    expect(translate('en', r, 'a', 'b:y', { count: 1 })).toBe('one 1');
    expect(translate('en', r, 'a', 'b:y', { count: 3 })).toBe('many 3');
    expect(translate('en', r, 'a', 'y', { ns: 'b', count: 2 })).toBe('many 2');
    expect(translate('en', r, 'a', 'missing', { defaultValue: '' })).toBe('');
    expect(translate('en', r, 'a', 'missing')).toBe('missing');
    expect(translate('en', r, 'a', 'n')).toBe('n'); // an object is not a text
    expect(translate('en', r, 'a', 'x', { n: '<b>' })).toBe('A <b>'); // React escapes, not us
  });
});
