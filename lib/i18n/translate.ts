import type { Locale } from './config';

// The client's translation lookup: the few i18next features our locale files use, in a few
// hundred bytes instead of i18next's 19 KB (gzip) on every page that has a form (ADR 011).
// The server keeps i18next; tests/unit/translate.test.ts checks both give the same text for
// every key of every locale.

export type Bundle = Record<string, unknown>;
type Vars = Record<string, unknown> & { ns?: string; defaultValue?: string; count?: number };

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * `ns:key.path` or `key.path` (in `ns`, else the default namespace), `{{name}}` filled in
 * from `vars` (unescaped: React escapes), `key_one`/`key_other` chosen by `count`, and
 * `defaultValue` (else the key) when there is no such text.
 */
export function translate(
  locale: Locale,
  resources: Record<string, Bundle | undefined>,
  defaultNs: string,
  key: string,
  vars: Vars = {},
): string {
  const colon = key.indexOf(':');
  const prefixed = colon > 0 && key.slice(0, colon) in resources;
  const ns = prefixed ? key.slice(0, colon) : (vars.ns ?? defaultNs);
  const path = prefixed ? key.slice(colon + 1) : key;
  const tree = resources[ns];
  let text: unknown;
  if (typeof vars.count === 'number')
    text = lookup(tree, `${path}_${new Intl.PluralRules(locale).select(vars.count)}`);
  if (typeof text !== 'string') text = lookup(tree, path);
  if (typeof text !== 'string') return vars.defaultValue ?? path;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in vars && vars[name] !== undefined ? String(vars[name]) : whole,
  );
}
