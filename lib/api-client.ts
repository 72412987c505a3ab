/** A problem+json reply, as the API sends it. */
export interface ApiProblem {
  status: number;
  code: string;
  title: string;
  detail: string;
  [key: string]: unknown;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

/** Same-origin JSON calls to /api/v1; the browser sends Origin, which the API checks. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const res = await fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
  });
  if (res.status === 204) return { ok: true, data: undefined as T };
  const data: unknown = await res.json().catch(() => undefined);
  if (res.ok) return { ok: true, data: data as T };
  const problem = (data ?? {}) as Partial<ApiProblem>;
  return {
    ok: false,
    problem: {
      status: res.status,
      code: problem.code ?? 'internal',
      title: problem.title ?? '',
      detail: problem.detail ?? '',
      ...problem,
    },
  };
}
