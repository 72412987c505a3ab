import 'server-only';
import http from 'node:http';
import { resolveLocale } from '@/lib/i18n/config';
import { operations } from '../api/paths';
import { AppError, problemBody } from './problem';

// Requests the framework cannot route, answered before it sees them. TRACE is a method the Fetch
// standard forbids: the framework cannot build a Request for it, so it never reached proxy.ts
// and got a plain-text 500 (TRACK and CONNECT, forbidden too, never arrive as requests: Node's
// parser refuses the one and treats the other as a tunnel). A target whose percent-encoding does not decode
// (`/api/v1/%zz`) got the same; in the query string the framework re-encodes it before proxy.ts
// or a route could see it. Only the HTTP server sees the target as sent, so the check is here:
// 400 malformed_url, or 405 method_not_allowed with an Allow header, as translated problem+json
// like every other refusal.

const FORBIDDEN = new Set(['TRACE']);

/** A refusal for a request the framework cannot route, or undefined to let it through. */
export function unroutable(
  method: string,
  target: string,
): { err: AppError; allow?: string } | undefined {
  const [path = '', query = ''] = target.split(/\?(.*)/s);
  if (!decodes(path) || !decodes(query)) return { err: new AppError('malformed_url') };
  if (!FORBIDDEN.has(method)) return undefined;
  const allow = allowedMethods(path);
  return allow
    ? { err: new AppError('method_not_allowed'), allow }
    : { err: new AppError('not_found') };
}

function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

const byPath = new Map<string, string[]>();
for (const op of operations) byPath.set(op.path, [...(byPath.get(op.path) ?? []), op.method]);
// A literal path wins over a template (/receipts/verify is not /receipts/{receiptId}).
const params = (path: string) => path.split('{').length;
const templates = [...byPath]
  .sort(([a], [b]) => params(a) - params(b))
  .map(([path, lower]) => {
    const methods = lower.map((m) => m.toUpperCase());
    return {
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}/?$`),
      allow: [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', '),
    };
  });

/** The methods a path takes, as its Allow header: an API route's own, or a page's; none: 404. */
export function allowedMethods(path: string): string | undefined {
  if (!path.startsWith('/api/')) return 'GET, HEAD';
  return templates.find((t) => t.pattern.test(path))?.allow;
}

let installed = false;

/** Answers unroutable requests at the HTTP server; called once at start-up (instrumentation.ts). */
export function refuseUnroutable(): void {
  if (installed) return;
  installed = true;
  type Emit = (this: http.Server, event: string, ...args: unknown[]) => boolean;
  const emit = http.Server.prototype.emit as Emit;
  const guarded: Emit = function (event, ...args) {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = unroutable(req.method ?? '', req.url ?? '/');
      if (refusal) {
        answer(req, res, refusal.err, refusal.allow);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  };
  http.Server.prototype.emit = guarded as typeof http.Server.prototype.emit;
}

function answer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  err: AppError,
  allow?: string,
) {
  const locale = resolveLocale(undefined, req.headers['accept-language']);
  req.resume(); // a body nobody reads
  res.writeHead(err.status, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-language': locale,
    'cache-control': 'no-store',
    ...(allow ? { allow } : {}),
  });
  res.end(JSON.stringify(problemBody(err, locale)));
}
