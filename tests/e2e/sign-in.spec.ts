import { expect, test } from '@playwright/test';
import { addVirtualAuthenticator } from '../fixtures/bills';
import { expectNoAxeViolations } from '../fixtures/care-mode';

test.describe('signing in', () => {
  test.use({ locale: 'zh-CN' });

  test('the elder persona button opens a care-mode home in zh-CN', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByRole('button', { name: '王秀英（长辈，72 岁）' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '王秀英，您好' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
    const bodySize = await page
      .locator('body')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(24);
    await expect(page.getByRole('link', { name: /交水电费/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /我的钱.*余额 ¥[\d,]+\.\d\d/ })).toBeVisible();
  });

  test('a wrong PIN three times pauses sign-in and says how long to wait, in plain words', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('手机号').fill('13800138003');
    const pin = page.getByRole('textbox', { name: '6 位数字密码' });
    for (let i = 0; i < 2; i++) {
      await pin.fill('111111');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await expect(page.locator('main').getByRole('alert')).toContainText('数字密码不对');
    }
    await pin.fill('111111');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.locator('main').getByRole('alert')).toContainText('请等 30 秒再试');
    // The right PIN is refused too while paused.
    await pin.fill('975310');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.locator('main').getByRole('alert')).toContainText(/请等 \d+ 秒再试/);
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('Accept-Language: en shows English', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in to Anxin Wallet' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Teacher Zhang (volunteer)' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hello, Teacher Zhang' }),
    ).toBeVisible();
  });

  test('signs in with the PIN fallback', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Mobile number').fill('138 0013 8002');
    await page.getByRole('textbox', { name: '6-digit PIN' }).fill('246802');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, Li Na' })).toBeVisible();
  });
});

test.describe('passkeys', () => {
  test.use({ locale: 'zh-CN' });

  test('register a passkey in settings, sign out, and sign in with it', async ({ page }) => {
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: '张老师（志愿者）' }).click();
    await page.getByRole('link', { name: '设置', exact: true }).click();
    await expect(page.getByText('已登记 0 部手机')).toBeVisible();
    await page.getByRole('button', { name: '开启指纹或刷脸登录' }).click();
    await expect(page.locator('main').getByRole('status')).toContainText('已开启');
    await expect(page.getByText('已登记 1 部手机')).toBeVisible();
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);

    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByRole('button', { name: '用指纹或刷脸登录' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '张老师，您好' })).toBeVisible();
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]!.signCount).toBeGreaterThan(credentials[0]!.signCount);
  });

  test('a passkey this wallet does not know is refused with a plain next step', async ({
    page,
  }) => {
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    // A resident credential for this site that was never registered with the server.
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: Buffer.from('unknown-credential').toString('base64'),
        isResidentCredential: true,
        rpId: 'localhost',
        userHandle: Buffer.from('usr_nobody').toString('base64'),
        privateKey: await testPrivateKey(),
        signCount: 0,
      },
    });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: '用指纹或刷脸登录' }).click();
    await expect(page.locator('main').getByRole('alert')).toContainText('这部手机还没有开启');
    await expectNoAxeViolations(page);
  });

  test('a cancelled passkey prompt says what to do next, calmly', async ({ page }) => {
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    // No credential for this site: Chromium's prompt ends as if the person cancelled.
    await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false });
    await page.goto('/sign-in');
    await page.getByRole('button', { name: '用指纹或刷脸登录' }).click();
    await expect(
      page
        .locator('main')
        .getByRole('status')
        .filter({ hasText: '没关系' })
        .or(page.locator('main').getByRole('status').filter({ hasText: '没有认出来' })),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

/** A fresh P-256 key in PKCS#8, base64, for a virtual authenticator credential. */
async function testPrivateKey(): Promise<string> {
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}
