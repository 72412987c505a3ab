import { expect, test, type Page } from '@playwright/test';
import { billCode, dueBills, freshNotice, ownAccount, payByApi, settled } from '../fixtures/bills';
import {
  expectCareModeMinimums,
  expectNoAxeViolations,
  watchUnaskedDialogs,
} from '../fixtures/care-mode';
import { signIn } from '../fixtures/personas';

const locales = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;

/** The pages of the pay-bills journey, in every state a person can meet, for one citizen. */
async function journeyPages(page: Page, baseURL: string) {
  const acc = await ownAccount(page);
  const [first, second] = await dueBills(page, acc);
  const receipt = await payByApi(page, acc, first!.id);
  // A bill larger than the whole wallet: the review warns before anything is tried.
  const big = await page.request.post(`/api/v1/accounts/${acc}/bills/scan`, {
    headers: { origin: baseURL },
    data: { code: billCode(freshNotice('blr_tax', 900_000)) },
  });
  expect(big.status()).toBe(200);
  return [
    { path: '/bills' },
    { path: '/bills/add' },
    { path: '/bills/add', state: showAddErrors },
    { path: `/bills/${second!.id}` },
    { path: `/bills/${(await big.json()).bill.id}` },
    { path: `/bills/${first!.id}` }, // already paid
    { path: `/receipts/${receipt}` },
  ];
}

/** The add page with its field errors, the explanation open, and the server's refusal shown. */
async function showAddErrors(page: Page) {
  await settled(page);
  await page.getByRole('button', { name: /户号|戶號|戶口號碼|customer number/i }).click();
  await page.locator('button[type=submit]').click();
  await expect(page.locator('[aria-invalid=true]').first()).toBeVisible();
  await page.getByRole('radiogroup').locator('label').first().click();
  await page.getByRole('textbox').fill('1234567');
  await page.locator('button[type=submit]').click();
  await expect(page.locator('main').getByRole('alert')).toBeVisible();
}

for (const locale of locales) {
  test.describe(`pay bills in care mode, ${locale}`, () => {
    test.use({ locale });
    test.beforeEach(({ page }) => watchUnaskedDialogs(page));

    test('every bills page passes axe and the care-mode minimums, at 390px and 320px', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await signIn(page, { careMode: true });
      const pages = await journeyPages(page, baseURL!);
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        for (const { path, state } of pages) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
          await expect(page.locator('h1')).toBeVisible();
          if (state) await state(page);
          await expectNoAxeViolations(page);
          await expectCareModeMinimums(page);
        }
      }
    });
  });
}

test('the elder’s bills page passes in care mode; the daughter’s view with two wallets passes axe', async ({
  page,
}) => {
  await signIn(page, 'elder');
  await page.goto('/bills');
  await expectNoAxeViolations(page);
  await expectCareModeMinimums(page);
  await page.context().clearCookies();
  await signIn(page, 'family');
  await page.goto('/bills');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(2);
  await expectNoAxeViolations(page);
});
