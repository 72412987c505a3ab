import { expect, test } from '@playwright/test';
import {
  careModeProblems,
  expectCareModeMinimums,
  expectNoAxeViolations,
} from '../fixtures/care-mode';
import { signIn } from '../fixtures/personas';

const locales = ['zh-CN', 'zh-TW', 'zh-HK', 'en'] as const;
const signedInPages = ['/', '/settings', '/help', '/no-such-page'];

for (const locale of locales) {
  test.describe(`care mode in ${locale}`, () => {
    test.use({ locale });

    test('the sign-in page passes axe and the care-mode minimums', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
      await expectNoAxeViolations(page);
      await expectCareModeMinimums(page);
    });

    test('every signed-in page passes axe and the care-mode minimums, at 390px and 320px', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        for (const path of signedInPages) {
          await page.goto(path);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
          await expect(page.locator('h1')).toBeVisible();
          await expectNoAxeViolations(page);
          await expectCareModeMinimums(page);
        }
      }
    });
  });
}

test('standard mode pages pass axe too', async ({ page }) => {
  await signIn(page, { careMode: false });
  for (const path of signedInPages) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-care', 'off');
    await expectNoAxeViolations(page);
    // The care-mode measure is not vacuous: standard mode's 18px body text fails it.
    expect((await careModeProblems(page)).some((p) => p.startsWith('text 18px'))).toBe(true);
  }
});
