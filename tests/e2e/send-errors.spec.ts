import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/personas';
import {
  apiTransfer,
  balance,
  fakePayeeCheck,
  ownAccount,
  pressKeys,
  words,
  type JourneyLocale,
} from '../fixtures/send';

// Fresh citizens (¥3,000.00, one contact: their friend 陈明; no PIN, no passkey), so these run
// in parallel with everything else.
const text = {
  'zh-CN': {
    over: '这比钱包里的钱多。钱包里只有 ¥3,000.00，请少转一点。',
    decimals: '小数点后面最多两位（到“分”为止）。',
    empty: '请先输入要转多少钱。',
    zero: '金额要大于 0 元。',
    noMoney: '钱不够',
    notSent: '钱没有转出。',
    noMatch: '小心：名字对不上',
    close: '请注意：名字有一点不一样',
    tickFirst: '请先勾选',
    summary: '从您的钱包转给朋友陈明 100.00 元（壹佰元整）',
  },
  en: {
    over: 'That is more than your wallet has. It has only ¥3,000.00; please send less.',
    decimals: 'At most two digits after the decimal point (down to the fen).',
    empty: 'Please type how much to send first.',
    zero: 'The amount must be more than 0 yuan.',
    noMoney: 'Not enough money',
    notSent: 'The money was not sent.',
    noMatch: 'Careful: the name does not match',
    close: 'Please note: the name is a little different',
    tickFirst: 'Please tick',
    summary: 'Send 100.00 yuan (one hundred yuan) to your friend Chen Ming from your wallet',
  },
} as const;

async function start(page: Page, locale: JourneyLocale) {
  await signIn(page, { careMode: true });
  const acc = await ownAccount(page);
  await page.goto('/send');
  await page.getByRole('link', { name: words[locale].friend }).click();
  // the keypad answers only once the page has hydrated
  await page.waitForURL(/\/send\/con_/);
  await page.waitForLoadState('networkidle');
  return { acc, contact: acc.replace(/^acc_/, 'con_') };
}

async function next(page: Page, locale: JourneyLocale) {
  await page.getByRole('button', { name: words[locale].next, exact: true }).click();
}

for (const locale of ['zh-CN', 'en'] as const) {
  test.describe(`send money: calm errors in ${locale}`, () => {
    test.use({ locale: locale === 'en' ? 'en-US' : locale });
    const w = words[locale];
    const x = text[locale];

    test('the keypad screen refuses an amount it cannot send, in words', async ({ page }) => {
      await start(page, locale);
      const field = page.getByRole('textbox');
      const amountHeading = page.getByRole('heading', { level: 2, name: w.amountHeading });
      await next(page, locale);
      await expect(page.getByText(x.empty)).toBeVisible();
      await pressKeys(page, '0');
      await expect(page.getByText(x.zero)).toBeVisible();
      await pressKeys(page, '5000');
      await expect(field).toHaveValue('5000');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(x.over)).toBeVisible();
      await next(page, locale);
      await expect(amountHeading).toBeVisible();
      await field.fill('1.234');
      await expect(page.getByText(x.decimals)).toBeVisible();
      await next(page, locale);
      await expect(amountHeading).toBeVisible();
    });

    test('when the server finds too little money, it says so and that nothing was sent', async ({
      page,
      baseURL,
    }) => {
      const { acc, contact } = await start(page, locale);
      await pressKeys(page, '100');
      await next(page, locale);
      await next(page, locale);
      await expect(page.getByText(x.summary)).toBeVisible();
      // Meanwhile the whole wallet is sent from another device, ¥200 at a time.
      for (let i = 0; i < 15; i++) await apiTransfer(page, baseURL!, acc, contact, 20_000);
      expect(await balance(page, acc)).toBe(0);
      await page.getByRole('button', { name: w.confirm }).click();
      const alert = page.locator('main').getByRole('alert');
      await expect(alert).toContainText(x.noMoney);
      await expect(alert).toContainText(x.notSent);
      expect(await balance(page, acc)).toBe(0);
    });

    test('a connection lost while sending: retried, sent exactly once', async ({ page }) => {
      const { acc } = await start(page, locale);
      const before = await balance(page, acc);
      let posts = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/transfers')) posts++;
      });
      // The request reaches the server and the money moves, but the reply never arrives.
      await page.route('**/transfers', (r) => r.fetch().then(() => r.abort()), { times: 1 });
      await pressKeys(page, '100');
      await next(page, locale);
      await next(page, locale);
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.done })).toBeVisible();
      expect(posts).toBeGreaterThanOrEqual(2);
      expect(before - (await balance(page, acc))).toBe(10_000);
    });

    for (const result of ['no_match', 'close_match'] as const) {
      test(`a payee name that is ${result.replace('_', ' ')} needs a tick before going on`, async ({
        page,
      }) => {
        await fakePayeeCheck(page, result, result === 'no_match' ? '王大锤' : '陈敏');
        await start(page, locale);
        await pressKeys(page, '100');
        await next(page, locale);
        await expect(page.getByText(result === 'no_match' ? x.noMatch : x.close)).toBeVisible();
        await next(page, locale);
        const reminder = page.locator('main').getByRole('alert').filter({ hasText: x.tickFirst });
        await expect(reminder).toBeVisible();
        await expect(page.getByText(x.summary)).toBeHidden();
        await page.getByText(w.tick, { exact: true }).click();
        await expect(page.getByRole('checkbox', { name: w.tick })).toBeChecked();
        await expect(reminder).toBeHidden();
        await next(page, locale);
        await expect(page.getByText(x.summary)).toBeVisible();
      });
    }
  });
}
