import { expect, test, type Page } from '@playwright/test';
import {
  expectCareModeMinimums,
  expectNoAxeViolations,
  watchUnaskedDialogs,
} from '../fixtures/care-mode';
import { ownWallet, payDueBill } from '../fixtures/money';
import { signIn } from '../fixtures/personas';

const locales = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;
const pages = ['/money', '/pay-code', '/family'];

async function check(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page);
  await expectCareModeMinimums(page);
}

/** Opens every "what does this mean?" on the page, so the answers are checked too. */
async function openExplanations(page: Page) {
  const closed = page.locator('main button[aria-expanded="false"]');
  const n = await closed.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await closed.first().click();
  await expect(closed).toHaveCount(0);
}

for (const locale of locales) {
  test.describe(`my money, payment code and family in ${locale}`, () => {
    test.use({ locale });
    test.beforeEach(({ page }) => watchUnaskedDialogs(page));

    test('pass axe and the care-mode minimums at 390px and 320px', async ({ page }) => {
      await signIn(page, { careMode: true });
      // A paid bill puts a receipt link in the history.
      await payDueBill(page, await ownWallet(page), 'gas');
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        for (const path of pages) {
          await page.goto(path);
          await check(page, locale);
          await openExplanations(page);
          await check(page, locale);
        }
        // An earlier month, with nothing in it, and a link back.
        await page.goto('/money?month=2001-01');
        await check(page, locale);
      }
    });
  });
}

test.describe('with family helpers (the elder, zh-CN)', () => {
  test.use({ locale: 'zh-CN' });

  test('the family page with the helpers opened, and the elder’s money, pass too', async ({
    page,
  }) => {
    await signIn(page, 'elder');
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/family');
      await page.getByRole('button', { name: '请家人帮忙' }).click();
      await expect(page.getByRole('link', { name: /^打电话给/ })).toBeVisible();
      await check(page, 'zh-CN');
      await page.goto('/money');
      await check(page, 'zh-CN');
    }
  });
});

test('a helper in standard mode: the family and money pages pass axe', async ({ page }) => {
  await signIn(page, 'family');
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-care', 'off');
    await expectNoAxeViolations(page);
  }
});
