import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWalletServer } from '../support/wallet-server';
import { base, Client, expectProblem } from './client';

// POST /api/v1/speech: one short recording in, its text out, through the operator's engine.
// The shared test server has no engine configured; a second server is started here with a fake
// engine (a tiny HTTP server) behind SPEECH_RECOGNIZER_URL.

const clip = Buffer.from('RIFF....WAVEfmt fake audio for the test', 'latin1');

async function post(
  url: string,
  cookie: string,
  body: Buffer | string,
  type: string,
  extra: Record<string, string> = {},
) {
  const res = await fetch(`${url}/api/v1/speech`, {
    method: 'POST',
    headers: { cookie, origin: url, 'content-type': type, ...extra },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    json: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  };
}

describe('the speech route without an engine', () => {
  let elder: Client;
  beforeAll(async () => {
    elder = await Client.as('elder');
  });

  it('says no recognizer is available, and refuses audio with a translated 503', async () => {
    const info = await elder.req('GET', '/speech');
    expect(info.status).toBe(200);
    expect(info.json).toEqual({ available: false });
    const r = await post(base(), elder.cookie, clip, 'audio/wav');
    expectProblem(r, 503, 'speech_unavailable');
    expect(r.json.title).toBe('这里不能用说话'); // the elder's own language
    const en = await post(base(), elder.cookie, clip, 'audio/webm', {});
    expect(en.status).toBe(503);
  });

  it('needs a signed-in person, from the wallet itself', async () => {
    const anon = await fetch(`${base()}/api/v1/speech`, {
      method: 'POST',
      headers: { 'content-type': 'audio/wav' },
      body: new Uint8Array(clip),
    });
    expect(anon.status).toBe(401);
    const other = await fetch(`${base()}/api/v1/speech`, {
      method: 'POST',
      headers: {
        cookie: elder.cookie,
        origin: 'https://evil.example',
        'content-type': 'audio/wav',
      },
      body: new Uint8Array(clip),
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses what is not a short recording: wrong type, empty, over 1 MB', async () => {
    expectProblem(
      await post(base(), elder.cookie, '{"a":1}', 'application/json'),
      415,
      'audio_unsupported',
    );
    expectProblem(await post(base(), elder.cookie, clip, 'video/mp4'), 415, 'audio_unsupported');
    expectProblem(
      await post(base(), elder.cookie, Buffer.alloc(0), 'audio/ogg'),
      415,
      'audio_unsupported',
    );
    const big = Buffer.alloc(1024 * 1024 + 1, 1);
    expectProblem(await post(base(), elder.cookie, big, 'audio/webm'), 413, 'payload_too_large');
  });
});

describe('the "always listening" setting', () => {
  it('is off by default, stored per person, and validated', async () => {
    const c = new Client();
    const n = Math.floor(Math.random() * 1e8) + 7_000_000;
    expect((await c.req('POST', '/demo/session', { persona: 'citizen', n })).status).toBe(200);
    expect((await c.req('GET', '/me')).json.user.alwaysListening).toBe(false);
    const on = await c.req('PATCH', '/me/settings', { alwaysListening: true });
    expect(on.status).toBe(200);
    expect(on.json.user.alwaysListening).toBe(true);
    expect((await c.req('GET', '/me')).json.user.alwaysListening).toBe(true);
    const elder = await Client.as('elder');
    expect((await elder.req('GET', '/me')).json.user.alwaysListening).toBe(false);
    expectProblem(
      await c.req('PATCH', '/me/settings', { alwaysListening: 'yes' }),
      400,
      'validation_failed',
    );
  });
});

describe('the speech route with an engine configured', () => {
  const port = Number(process.env.API_TEST_PORT ?? 3100) + 1;
  const url = `http://localhost:${port}`;
  const heard: { type: string; locale: string | null; bytes: number }[] = [];
  let failNext = false;
  let engine: http.Server;
  let server: Awaited<ReturnType<typeof startWalletServer>> | undefined;

  beforeAll(async () => {
    engine = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://x');
        heard.push({
          type: req.headers['content-type'] ?? '',
          locale: u.searchParams.get('locale'),
          bytes: Buffer.concat(chunks).length,
        });
        if (failNext) {
          failNext = false;
          res.writeHead(500).end('engine down');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ text: ' 帮我交电费 ' }));
      });
    });
    await new Promise<void>((r) => engine.listen(0, '127.0.0.1', r));
    const enginePort = (engine.address() as AddressInfo).port;
    server = await startWalletServer(port, {
      SPEECH_RECOGNIZER_URL: `http://127.0.0.1:${enginePort}/transcribe`,
    });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise((r) => engine?.close(r));
  });

  async function signedIn() {
    const res = await fetch(`${url}/api/v1/demo/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ persona: 'elder' }),
    });
    expect(res.status).toBe(200);
    return res.headers.getSetCookie()[0]!.split(';')[0]!;
  }

  it('sends the audio with its type and locale, and answers the text', async () => {
    const cookie = await signedIn();
    const info = await fetch(`${url}/api/v1/speech`, { headers: { cookie } });
    expect(await info.json()).toEqual({ available: true });
    const r = await post(url, cookie, clip, 'audio/webm;codecs=opus');
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ text: '帮我交电费' });
    expect(heard.at(-1)).toEqual({ type: 'audio/webm', locale: 'zh-CN', bytes: clip.length });
  });

  it('an engine that fails gives a translated 502, and bad input never reaches it', async () => {
    const cookie = await signedIn();
    failNext = true;
    expectProblem(await post(url, cookie, clip, 'audio/ogg'), 502, 'speech_failed');
    const calls = heard.length;
    expectProblem(await post(url, cookie, clip, 'text/plain'), 415, 'audio_unsupported');
    expect(heard.length).toBe(calls);
  });
});
