import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { balanceOf, ownAccount, settled } from '../fixtures/bills';
import { signIn } from '../fixtures/personas';
import { fakeVoice } from '../fixtures/voice';
import { startWalletServer } from '../support/wallet-server';

// The server's recognizer, for browsers that can record but cannot recognize speech: the page
// records the (fake) microphone with MediaRecorder, sends the clip to POST /api/v1/speech, and
// the wallet's server asks the operator's engine (here a tiny fake) for the words. This file
// runs its own wallet server with SPEECH_RECOGNIZER_URL set, and Chromium with a fake microphone.

const PORT = Number(process.env.E2E_PORT ?? 3200) + 7;
const url = `http://localhost:${PORT}`;

test.describe.configure({ mode: 'serial' });
test.use({
  baseURL: url,
  locale: 'zh-CN',
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-device-for-media-stream', // a microphone that plays a tone
      '--use-fake-ui-for-media-stream', // and no permission prompt
    ],
  },
});

let engine: http.Server;
let server: Awaited<ReturnType<typeof startWalletServer>> | undefined;
const heard: { type: string; locale: string | null; bytes: number; head: string }[] = [];
const answers: string[] = [];

test.beforeAll(async () => {
  engine = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const audio = Buffer.concat(chunks);
      heard.push({
        type: req.headers['content-type'] ?? '',
        locale: new URL(req.url ?? '/', 'http://x').searchParams.get('locale'),
        bytes: audio.length,
        head: audio.subarray(0, 4).toString('hex'),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ text: answers.shift() ?? '' }));
    });
  });
  await new Promise<void>((r) => engine.listen(0, '127.0.0.1', r));
  const enginePort = (engine.address() as AddressInfo).port;
  server = await startWalletServer(PORT, {
    SPEECH_RECOGNIZER_URL: `http://127.0.0.1:${enginePort}/transcribe`,
  });
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise((r) => engine?.close(r));
});

/**
 * Watches the fake microphone: how many recordings started, and whether every stream the page
 * opened has been closed again. `delayMs` holds getUserMedia back, as a permission prompt does.
 */
async function microphone(page: Page, delayMs = 0) {
  await page.addInitScript((delay: number) => {
    const w = window as unknown as {
      __mic: {
        recordings: number;
        tracks: MediaStreamTrack[];
        live: MediaRecorder[];
        bytes: number;
      };
    };
    w.__mic = { recordings: 0, tracks: [], live: [], bytes: 0 };
    const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (c) => {
      await new Promise((r) => setTimeout(r, delay));
      const stream = await open(c);
      w.__mic.tracks.push(...stream.getTracks());
      return stream;
    };
    const start = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (...a) {
      w.__mic.recordings++;
      w.__mic.live.push(this);
      this.addEventListener('dataavailable', (e) => (w.__mic.bytes += e.data.size));
      return start.apply(this, a);
    };
  }, delayMs);
  type Mic = {
    recordings: number;
    tracks: MediaStreamTrack[];
    live: MediaRecorder[];
    bytes: number;
  };
  const read = () =>
    page.evaluate(() => {
      const m = (window as unknown as { __mic: Mic }).__mic;
      return {
        recordings: m.recordings,
        opened: m.tracks.length,
        closed: m.tracks.every((t) => t.readyState === 'ended'),
      };
    });
  return {
    recordings: async () => (await read()).recordings,
    opened: async () => (await read()).opened,
    /**
     * Waits until the recording in progress holds more than `bytes` of audio (asking the recorder
     * for what it has so far; the page joins the pieces), instead of waiting a fixed time.
     */
    holds: async (bytes: number) => {
      const start = await page.evaluate(() => (window as unknown as { __mic: Mic }).__mic.bytes);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const m = (window as unknown as { __mic: Mic }).__mic;
            for (const r of m.live) if (r.state === 'recording') r.requestData();
            return m.bytes;
          }),
        )
        .toBeGreaterThan(start + bytes);
    },
    /** Whether streams were opened and all of them are closed. */
    closed: async () => {
      const m = await read();
      return m.opened > 0 && m.closed;
    },
  };
}

test('recorded, sent, understood: “帮我交电费” then “不要了”, and nothing paid', async ({
  page,
}) => {
  const voice = await fakeVoice(page, { recognition: false });
  const mic = await microphone(page);
  await signIn(page, { careMode: true });
  const acc = await ownAccount(page);
  const before = await balanceOf(page, acc);
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: '跟语音助手说话' }).click();
  const p = page.getByRole('region', { name: '语音助手' });

  // Opening the assistant by pressing starts recording; pressing "stop" sends the clip.
  answers.push('帮我交电费');
  await expect(p.getByText('正在听，请说话……')).toBeVisible();
  await expect.poll(mic.recordings).toBe(1);
  await mic.holds(500); // a little of the fake microphone's tone
  await p.getByRole('button', { name: '停止听' }).click();
  const readBack =
    '从您的钱包付国家电网电费，一百二十八元五角，对吗？对的话请说“对”，不要就说“不要了”。';
  await expect(p.getByText(readBack)).toBeVisible();
  await expect.poll(voice.said).toContain(readBack);
  expect(heard).toHaveLength(1);
  expect(heard[0]!.type).toMatch(/^audio\/(webm|ogg)$/);
  expect(heard[0]!.head).toBe('1a45dfa3'); // an EBML (WebM) file, as MediaRecorder writes it
  expect(heard[0]!.bytes).toBeGreaterThan(500);
  expect(heard[0]!.locale).toBe('zh-CN');
  expect(await mic.closed()).toBe(true);

  answers.push('不要了');
  await p.getByRole('button', { name: '按一下，说话' }).click();
  await expect.poll(mic.recordings).toBe(2);
  await mic.holds(500);
  await p.getByRole('button', { name: '停止听' }).click();
  await expect(p.getByText('好的，没有付钱。')).toBeVisible();
  expect(heard).toHaveLength(2);
  expect(await balanceOf(page, acc)).toBe(before);
});

test('the engine hears nothing: the page says so and offers typing', async ({ page }) => {
  await fakeVoice(page, { recognition: false });
  const mic = await microphone(page);
  await signIn(page, { careMode: true });
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: '跟语音助手说话' }).click();
  const p = page.getByRole('region', { name: '语音助手' });
  answers.push(''); // silence
  await expect(p.getByText('正在听，请说话……')).toBeVisible();
  await expect.poll(mic.recordings).toBe(1);
  const calls = heard.length;
  await p.getByRole('button', { name: '停止听' }).click();
  await expect(p.getByText('对不起，没有听清。请再按一下按钮说一遍，或者打字。')).toBeVisible();
  await expect(p.getByRole('button', { name: '按一下，说话' })).toBeVisible();
  await expect(p.getByRole('textbox', { name: '或者打字' })).toBeVisible();
  expect(heard.length).toBe(calls + 1);
});

test('stopped while the microphone is still opening: nothing recorded, nothing sent, the microphone closed', async ({
  page,
}) => {
  await fakeVoice(page, { recognition: false });
  const mic = await microphone(page, 1500);
  await signIn(page, { careMode: true });
  await page.goto('/');
  await settled(page);
  const calls = heard.length;
  await page.getByRole('button', { name: '跟语音助手说话' }).click();
  const p = page.getByRole('region', { name: '语音助手' });
  await expect(p.getByText('正在听，请说话……')).toBeVisible();
  await p.getByRole('button', { name: '停止听' }).click();
  await expect(p.getByText('对不起，没有听清。请再按一下按钮说一遍，或者打字。')).toBeVisible();
  await expect(p.getByRole('button', { name: '按一下，说话' })).toBeEnabled();
  await expect.poll(mic.closed).toBe(true);
  expect(await mic.recordings()).toBe(0);

  // Closing the assistant while the microphone opens closes the microphone too.
  await p.getByRole('button', { name: '按一下，说话' }).click();
  await page.getByRole('button', { name: '关闭语音助手' }).click();
  await expect(p).toHaveCount(0);
  await expect.poll(async () => (await mic.opened()) === 2 && (await mic.closed())).toBe(true);
  expect(await mic.recordings()).toBe(0);
  expect(heard.length).toBe(calls);
});
