import { expect, test } from '@playwright/test';
import {
  addVirtualAuthenticator,
  balanceOf,
  billCode,
  customerNumber,
  dueBills,
  freshNotice,
  ownAccount,
  settled,
  qrPng,
  registerPasskey,
} from '../fixtures/bills';
import { signIn } from '../fixtures/personas';

// The calm errors of paying a bill: each is said in the page, in plain words, with whether
// the money moved, and nothing moves twice.

const words = {
  'zh-CN': {
    heating: '暖气费',
    number: '户号',
    explain: '户号是什么？',
    explainText: /就像门牌号/,
    find: '查账单',
    wrongNumber: '户号不对',
    biller: '市热力公司',
    heatingTitle: '交暖气费',
    tooShort: '户号是 6 到 20 位数字',
    qrInvalid: '这个二维码不能用',
    confirm: '确认交费',
    alreadyPaid: '这张账单已经交过了',
    notTakenAgain: '钱没有再扣',
    paid: '交好了',
    electricity: /^电费 国家电网 ¥128\.50/,
    short: '钱不够',
    noMove: '钱没有变动',
    shortNote: '您的钱包里的钱不够交这张账单',
    tax: /^交税费$/,
  },
  en: {
    heating: 'Heating',
    number: 'Customer number',
    explain: 'What is a customer number?',
    explainText: /like a house number/,
    find: 'Find my bill',
    wrongNumber: 'Customer number not found',
    biller: 'City Heating',
    heatingTitle: 'Pay the heating bill',
    tooShort: 'A customer number has 6 to 20 digits',
    qrInvalid: 'This QR code cannot be used',
    confirm: 'Pay this bill',
    alreadyPaid: 'This bill is already paid',
    notTakenAgain: 'Nothing more was taken',
    paid: 'Paid',
    electricity: /^Electricity — State Grid ¥128\.50/,
    short: 'Not enough money',
    noMove: 'No money moved',
    shortNote: 'There is not enough money in your wallet for this bill',
    tax: /^Pay the tax bill$/,
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  const w = words[locale];
  test.describe(`calm errors in ${locale}`, () => {
    test.use({ locale });

    test('a wrong customer number is explained in the page; the right one finds the bill', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      await page.goto('/bills/add');
      await settled(page);
      await page.getByRole('button', { name: w.explain }).click();
      await expect(page.getByText(w.explainText)).toBeVisible();
      await page.getByRole('radiogroup').getByText(w.heating, { exact: true }).click();
      await expect(page.getByRole('radio', { name: w.heating })).toBeChecked();
      const field = page.getByRole('textbox', { name: w.number });
      await field.fill('123');
      await page.getByRole('button', { name: w.find }).click();
      await expect(page.getByText(w.tooShort)).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');

      const right = customerNumber(`44${Date.now() % 1e9}`);
      const typo = right.slice(0, -1) + ((Number(right.at(-1)) + 1) % 10);
      await field.fill(typo);
      await page.getByRole('button', { name: w.find }).click();
      const alert = page.locator('main').getByRole('alert');
      await expect(alert).toContainText(w.wrongNumber);
      await expect(alert).toContainText(w.biller);
      await expect(page).toHaveURL(/\/bills\/add$/);

      await field.fill(right);
      await page.getByRole('button', { name: w.find }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.heatingTitle })).toBeVisible();
    });

    test('an altered payment code in a photo is refused, and nothing is added', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const code = billCode(freshNotice('blr_state_grid', 12_850));
      const altered = code.replace('&a=12850&', '&a=1285&');
      expect(altered).not.toBe(code);
      await page.goto('/bills/add');
      await settled(page);
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'bill.png', mimeType: 'image/png', buffer: await qrPng(altered) });
      await expect(page.locator('main').getByRole('alert')).toContainText(w.qrInvalid);
      await expect(page).toHaveURL(/\/bills\/add$/);
      expect(await dueBills(page, acc)).toHaveLength(5);
    });

    test('paying the same bill from two tabs: the second is told calmly it is already paid', async ({
      page,
      context,
    }) => {
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const before = await balanceOf(page, acc);
      await page.goto('/bills');
      await page.getByRole('link', { name: w.electricity }).click();
      await settled(page);
      const second = await context.newPage();
      await second.goto(page.url());
      await settled(second);
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
      await second.getByRole('button', { name: w.confirm }).click();
      const alert = second.locator('main').getByRole('alert');
      await expect(alert).toContainText(w.alreadyPaid);
      await expect(alert).toContainText(w.notTakenAgain);
      expect(await balanceOf(page, acc)).toBe(before - 12_850);
    });

    test('a lost connection while paying: retried with the same key, paid exactly once', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const before = await balanceOf(page, acc);
      const keys: string[] = [];
      let replayed: string | undefined;
      // The server gets the request and pays; the answer never reaches the page, once.
      await page.route('**/payments', async (route) => {
        keys.push(route.request().headers()['idempotency-key']!);
        const res = await route.fetch();
        if (keys.length === 1) return route.abort('connectionreset');
        replayed = res.headers()['idempotent-replayed'];
        return route.fulfill({ response: res });
      });
      await page.goto('/bills');
      await page.getByRole('link', { name: w.electricity }).click();
      await settled(page);
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(replayed).toBe('true');
      expect(await balanceOf(page, acc)).toBe(before - 12_850);
    });

    test('more than the wallet holds: the page says so, and no money moves', async ({ page }) => {
      await addVirtualAuthenticator(page);
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      await registerPasskey(page, locale); // above ¥200, the person confirms first
      const before = await balanceOf(page, acc);
      const png = await qrPng(billCode(freshNotice('blr_tax', before + 10_000)));
      await page.goto('/bills/add');
      await settled(page);
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'tax.png', mimeType: 'image/png', buffer: png });
      await expect(page.getByRole('heading', { level: 1, name: w.tax })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: w.shortNote })).toBeVisible();
      await page.getByRole('button', { name: w.confirm }).click();
      const alert = page.locator('main').getByRole('alert');
      await expect(alert).toContainText(w.short);
      await expect(alert).toContainText(w.noMove);
      expect(await balanceOf(page, acc)).toBe(before);
    });
  });
}
