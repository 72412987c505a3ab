// Liveness: the process answers HTTP (no database). Readiness is /api/v1/health.
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
