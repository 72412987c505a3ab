import { expect, test, type Page } from '@playwright/test';
import {
  expectCareModeMinimums,
  expectNoAxeViolations,
  watchUnaskedDialogs,
} from '../fixtures/care-mode';
import { signIn } from '../fixtures/personas';
import { fakePayeeCheck, ownAccount, pressKeys } from '../fixtures/send';

const locales = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;

async function expectCareMode(page: Page, locale: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
  await expectNoAxeViolations(page);
  await expectCareModeMinimums(page);
}

const next = (page: Page) => page.getByRole('button', { name: /^(下一步|Next)$/ }).click();
const confirm = (page: Page) =>
  page.getByRole('button', { name: /^(确认转账|確認轉帳|確認轉賬|Send the money)$/ }).click();
const listen = /^(再听一遍|再聽一遍|再聽一次|Hear it again)$/;

for (const locale of locales) {
  test.describe(`send money in care mode, ${locale}`, () => {
    test.use({ locale });
    test.beforeEach(({ page }) => watchUnaskedDialogs(page));

    test('every step passes axe and the care-mode minimums, at 390px and 320px', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      const contact = (await ownAccount(page)).replace(/^acc_/, 'con_');
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        await page.unrouteAll();
        await page.goto('/send');
        await expect(page.locator('h1')).toBeVisible();
        await expectCareMode(page, locale);

        // The amount, with a refusal showing (more than the wallet holds).
        await page.goto(`/send/${contact}`);
        await pressKeys(page, '5000');
        await expect(page.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
        await expectCareMode(page, locale);
        for (let i = 0; i < 3; i++)
          await page.getByRole('button', { name: /删除|刪除|Delete/ }).click();
        await expect(page.getByRole('textbox')).toHaveValue('5');

        // The payee check that matches, then review and done.
        await next(page);
        await expect(page.getByRole('button', { name: listen })).toBeVisible();
        await expectCareMode(page, locale);
        await next(page);
        await expect(page.locator('[data-step="confirm"] h2')).toBeVisible();
        await expectCareMode(page, locale);
        await confirm(page);
        await expect(page.locator('main a[href^="/receipts/"]')).toBeVisible();
        await expectCareMode(page, locale);

        // A name that does not match: the strong warning, the tick box and its reminder.
        await fakePayeeCheck(page, 'no_match', '王大锤');
        await page.goto(`/send/${contact}`);
        await pressKeys(page, '1');
        await next(page);
        await expect(page.getByRole('checkbox')).toBeVisible();
        await next(page);
        await expect(page.getByRole('checkbox')).toHaveAttribute('aria-invalid', 'true');
        await expectCareMode(page, locale);
      }
    });
  });
}
