import fs from 'node:fs';
import path from 'node:path';

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RouteMethod = (typeof METHODS)[number];

/**
 * Every route file under app/api/v1: its folder below v1 ('' for v1 itself, segments joined by
 * '/', dynamic ones as `[name]`) and the methods it defines itself (not the ones `otherMethods`
 * refuses for it).
 */
export function apiRoutes(): { dir: string; takes: RouteMethod[] }[] {
  const root = path.resolve('app/api/v1');
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('route.ts'))
    .map((f) => {
      const source = fs.readFileSync(path.join(root, f), 'utf8');
      const dir = path.dirname(f) === '.' ? '' : path.dirname(f).split(path.sep).join('/');
      const takes = METHODS.filter((m) =>
        new RegExp(`^export (const|async function|function) ${m}\\b`, 'm').test(source),
      );
      return { dir, takes };
    });
}
