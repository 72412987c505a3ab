import { expect, test } from '@playwright/test';
import { dueBills, ownAccount, payByApi } from '../fixtures/bills';
import { signIn } from '../fixtures/personas';

// Billers are stored under their Simplified names; a zh-TW or zh-HK reader sees Traditional.
for (const locale of ['zh-TW', 'zh-HK'] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test('the bills list, the review and the receipt name the biller in Traditional characters', async ({
      page,
    }) => {
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const bills = await dueBills(page, acc);
      const electricity = bills.find((b) => b.billType === 'electricity')!;
      const main = page.locator('main');
      await page.goto('/bills');
      await expect(main).toContainText('國家電網');
      await expect(main).toContainText('市自來水公司');
      await expect(main).not.toContainText('国家电网');
      await page.goto(`/bills/${electricity.id}`);
      await expect(main).toContainText('國家電網');
      await expect(main).not.toContainText('国家电网');
      const receipt = await payByApi(page, acc, electricity.id);
      await page.goto(`/receipts/${receipt}`);
      await expect(main).toContainText('國家電網');
      await expect(main).not.toContainText('国家电网');
    });
  });
}
