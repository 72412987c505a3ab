import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { NextRequest } from 'next/server';
import { it } from 'vitest';
import { createSession } from '@/server/auth/sessions';
import { world } from './world';

it('micro', async () => {
  fs.rmSync('/tmp/micro', { recursive: true, force: true });
  process.env.SQLITE_PATH = '/tmp/micro/db.sqlite';
  const w = await world({ balance: 10_000_000 });
  const { warmSigningKey } = await import('@/server/receipts/signing');
  await warmSigningKey(w.db.kysely);
  const { token } = await createSession(w.owner.id, 'demo');
  const { POST } = await import('@/app/api/v1/accounts/[accountId]/transfers/route');
  const url = `http://localhost:3000/api/v1/accounts/${w.a}/transfers`;
  const body = JSON.stringify({ toContactId: w.contactId, amount: { amount: 1, currency: 'CNY' } });
  let k = 0;
  const one = async () => {
    const req = new NextRequest(url, { method: 'POST', body, headers: { origin: 'http://localhost:3000', 'content-type': 'application/json', cookie: `anxin_session=${token}`, 'idempotency-key': `k${++k}` } });
    const res = await POST(req, { params: Promise.resolve({ accountId: w.a }) });
    if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
    await res.text();
  };
  const ses = new Session(); ses.connect(); await ses.post('Profiler.enable'); await ses.post('Profiler.setSamplingInterval', { interval: 200 });
  for (const [batch, prof] of [[10, false], [10, false], [10, true], [10, false]] as const) {
    if (prof) await ses.post('Profiler.start');
    const t0 = performance.now(); const c0 = process.cpuUsage();
    let n = 0;
    while (n < 3000) { await Promise.all(Array.from({ length: batch }, one)); n += batch; }
    const c = process.cpuUsage(c0);
    if (prof) { const { profile } = await ses.post('Profiler.stop'); fs.writeFileSync('/tmp/micro/p.cpuprofile', JSON.stringify(profile)); }
    console.log(`batch ${batch}${prof ? ' (profiled)' : ''}: wall ${((performance.now() - t0) / n).toFixed(3)} ms/op, cpu ${((c.user + c.system) / 1000 / n).toFixed(3)}`);
  }
}, 300_000);
