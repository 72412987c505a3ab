#!/usr/bin/env node
// npm run screenshots: photographs every page the elder can reach, in care mode, at 390x844,
// in zh-CN and en, into docs/screenshots/ (linked from the README), the voice assistant with a
// request typed in, and the daughter's home in
// standard mode on a phone and at 1280 px wide. Starts its own demo server on a fresh
// database (run `npm run build` first) on SCREENSHOTS_PORT (default 3700).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.SCREENSHOTS_PORT ?? 3700);
const base = `http://localhost:${port}`;
const out = path.join(root, 'docs', 'screenshots');
const pages = [
  ['sign-in', '/sign-in', false],
  ['home', '/', true],
  ['bills', '/bills', true],
  ['money', '/money', true],
  ['pay-code', '/pay-code', true],
  ['send', '/send', true],
  ['family', '/family', true],
  ['help', '/help', true],
  ['settings', '/settings', true],
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anxin-shots-'));
const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
  cwd: root,
  env: {
    ...process.env,
    ANXIN_DEMO: '1',
    NODE_ENV: 'production',
    SQLITE_PATH: path.join(dir, 's.sqlite'),
    DATABASE_URL: '',
  },
  stdio: 'ignore',
});
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 120) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const locale of ['zh-CN', 'en']) {
    const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.request.post(`${base}/api/v1/demo/session`, { data: { persona: 'elder' } });
    // The elder's own language setting wins over the browser: show each language on purpose.
    await page.request.patch(`${base}/api/v1/me/settings`, {
      data: { locale },
      headers: { origin: base },
    });
    for (const [name, url, signedIn] of pages) {
      const p = signedIn
        ? page
        : await (
            await browser.newContext({ locale, viewport: { width: 390, height: 844 } })
          ).newPage();
      await p.goto(base + url);
      await p.screenshot({ path: path.join(out, `${name}-${locale}.png`), fullPage: true });
    }
    // The voice assistant, opened from the header and given a request by the typed fallback.
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    await page.locator('header').getByRole('button').last().click();
    const typed = page.getByRole('region').getByRole('textbox');
    await typed.fill(locale === 'en' ? 'pay the electricity bill' : '帮我交电费');
    await typed.press('Enter');
    await page.getByRole('region').getByText('128.50').first().waitFor();
    await page.screenshot({ path: path.join(out, `voice-${locale}.png`), fullPage: true });
    await page.request.patch(`${base}/api/v1/me/settings`, {
      data: { locale: 'zh-CN' },
      headers: { origin: base },
    });
    // Standard mode: the daughter (care mode off), on a phone and on a wide screen.
    for (const [name, width, height] of [
      ['home-standard', 390, 844],
      ['home-standard-wide', 1280, 800],
    ]) {
      const family = await (
        await browser.newContext({ locale, viewport: { width, height } })
      ).newPage();
      // She has no language setting of her own: the browser's language applies.
      await family.request.post(`${base}/api/v1/demo/session`, { data: { persona: 'family' } });
      await family.goto(`${base}/`);
      await family.screenshot({ path: path.join(out, `${name}-${locale}.png`), fullPage: true });
    }
  }
  await browser.close();
  console.log(`screenshots written to ${path.relative(root, out)}`);
} finally {
  server.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
