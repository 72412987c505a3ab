// Liveness: the process answers HTTP (no database). Readiness is /api/v1/health.
import { otherMethods } from '@/server/http/route';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
