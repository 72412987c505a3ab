import { expect, test } from '@playwright/test';
import { expectCareModeMinimums, expectNoAxeViolations } from '../fixtures/care-mode';
import { signOut } from '../fixtures/money';
import { signIn } from '../fixtures/personas';

// The elder (zh-CN, shared: only looked at, and signing out ends only this test's session) and
// a fresh citizen in care mode for English, since the elder's own language is zh-CN.
const langs = [
  {
    locale: 'zh-CN',
    who: 'elder' as const,
    t: {
      payCode: '付款码，给收银员扫',
      show: '请把这个给收银员扫一下',
      always: '这个码一直有效，会自动更新',
      another: '换一个码',
      brightness: '没办法替您调亮',
      signIn: '去登录',
    },
  },
  {
    locale: 'en-US',
    who: { careMode: true },
    t: {
      payCode: 'Payment code for the cashier to scan',
      show: 'Show this to the cashier to scan',
      always: 'This code always works',
      another: 'Get a new code',
      brightness: 'This web page cannot do that for you',
      signIn: 'Sign in',
    },
  },
];

for (const { locale, who, t } of langs) {
  test.describe(`the payment code in ${locale}`, () => {
    test.use({ locale });

    test('show the payment code: a large QR code that changes on request and never outlives the session', async ({
      page,
    }) => {
      await signIn(page, who);
      await page.goto('/pay-code');
      const qr = page.getByRole('img', { name: t.payCode });
      await expect(qr).toBeVisible();
      await expect(page.getByText(t.show)).toBeVisible();
      await expect(page.getByText(t.always)).toBeVisible();
      await expect(page.getByText(t.brightness)).toBeVisible();
      // Where the code sits on the page (not the screen, which may scroll), and how large.
      const place = () =>
        qr.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
        });
      const box = await place();
      expect(box.width).toBeGreaterThanOrEqual(280);
      const number = page.getByText(/^\d{4} \d{4} \d{4} \d{4}$/);
      const first = await number.textContent();
      await page.getByRole('button', { name: t.another }).click();
      await expect(number).not.toHaveText(first!);
      expect(await place()).toEqual(box); // the code changed; nothing moved
      // Signed out elsewhere: the next refresh takes the code away and offers to sign in.
      await signOut(page);
      await page.getByRole('button', { name: t.another }).click();
      await expect(page.getByRole('link', { name: t.signIn })).toBeVisible();
      await expect(qr).toHaveCount(0);
      await expect(number).toHaveCount(0);
      await expectNoAxeViolations(page);
      await expectCareModeMinimums(page);
      await page.reload();
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('img', { name: t.payCode })).toHaveCount(0);
    });
  });
}

test.describe('the payment code over time (zh-CN)', () => {
  test.use({ locale: 'zh-CN' });

  test('renews itself quietly every minute, and is put away if it cannot be renewed', async ({
    page,
  }) => {
    await page.clock.install();
    await signIn(page, { careMode: true });
    await page.goto('/pay-code');
    // Let the page hydrate and start its renewal timer before the clock moves.
    await page.waitForLoadState('networkidle');
    const number = page.getByText(/^\d{4} \d{4} \d{4} \d{4}$/);
    const first = await number.textContent();
    await page.clock.runFor(61_000);
    await expect(number).not.toHaveText(first!);
    await expect(page.locator('main [role="status"]')).toHaveText(''); // nothing announced
    // The connection drops: the code stays while it still works, then is put away.
    await page.route('**/api/v1/pay-codes', (route) => route.abort());
    await page.clock.runFor(120_000);
    await expect(number).toBeVisible();
    await page.clock.runFor(40_000);
    await expect(number).toHaveCount(0);
    await expect(page.locator('main').getByRole('alert')).toContainText('没拿到新的付款码');
    await page.unroute('**/api/v1/pay-codes');
    await page.getByRole('button', { name: '换一个码' }).click();
    await expect(number).toBeVisible();
    await expect(page.getByRole('img', { name: '付款码，给收银员扫' })).toBeVisible();
  });
});
