import { expect, test, type Page } from '@playwright/test';
import { dueBills, settled } from '../fixtures/bills';
import { signIn } from '../fixtures/personas';

// The demo household is shared by the whole run, so these steps run in order, and the
// household is reset first only when an earlier test already paid these bills.

const ELDER_ACCOUNT = 'acc_elder';

async function confirmWithPin(page: Page, pin: string) {
  await page.getByRole('button', { name: '确认交费' }).click();
  await expect(page.getByRole('heading', { name: '请确认是您本人' })).toBeVisible();
  await page.getByRole('textbox', { name: '6 位数字密码' }).fill(pin);
  await page.getByRole('button', { name: '确认付款' }).click();
}

test.describe.serial('the elder and her daughter pay the elder’s bills', () => {
  test.use({ locale: 'zh-CN' });

  test('the elder pays the ¥320 property bill, confirming with her PIN', async ({
    page,
    baseURL,
  }) => {
    await signIn(page, 'elder');
    const due = (await dueBills(page, ELDER_ACCOUNT)).map((b) => b.billType);
    if (!due.includes('property') || !due.includes('water')) {
      const res = await page.request.post('/api/v1/demo/reset', {
        headers: { origin: baseURL! },
      });
      expect(res.status()).toBe(200);
    }
    await page.goto('/bills');
    await page.getByRole('link', { name: /^物业费 幸福里物业 ¥320\.00，/ }).click();
    await settled(page);
    await expect(
      page.getByText('从您的钱包付幸福里物业物业费 320.00 元（叁佰贰拾元整）'),
    ).toBeVisible();
    await confirmWithPin(page, '135790');
    await expect(page.getByRole('heading', { level: 1, name: '交好了' })).toBeVisible();
    await expect(page.getByText('您本人', { exact: true })).toBeVisible();
    await expect(page.getByText('¥320.00', { exact: true })).toBeVisible();
  });

  test('the daughter pays her mother’s water bill; the mother sees who paid', async ({ page }) => {
    await signIn(page, 'family');
    await page.goto('/bills');
    await expect(page.getByRole('region', { name: '我的账单' })).toContainText(
      '现在没有要交的账单',
    );
    const mother = page.getByRole('region', { name: '王秀英的账单（您可以代交）' });
    await mother.getByRole('link', { name: /^水费 市自来水公司 ¥45\.00，/ }).click();
    await settled(page);
    await expect(
      page.getByText('从王秀英的钱包付市自来水公司水费 45.00 元（肆拾伍元整）'),
    ).toBeVisible();
    await confirmWithPin(page, '246802');
    await expect(page.getByRole('heading', { level: 1, name: '交好了' })).toBeVisible();
    await expect(page.getByText('您替王秀英交的')).toBeVisible();
    const receipt = page.url();

    await page.context().clearCookies(); // another person on the same phone
    await signIn(page, 'elder');
    await page.goto(receipt);
    await expect(page.getByRole('heading', { level: 1, name: '交好了' })).toBeVisible();
    await expect(page.getByText('由您的女儿李娜代付')).toBeVisible();
    await page.goto('/bills');
    const paid = page.getByRole('list', { name: '我的账单: 已交' });
    await expect(paid.getByRole('link', { name: '看水费的收据' })).toBeVisible();
  });
});
