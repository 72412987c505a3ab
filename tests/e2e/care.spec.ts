import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/personas';

/** Captures what the page asks speech synthesis to say (headless Chromium has no voices). */
async function captureSpeech(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; rate: number }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    const fake = {
      speak(u: SpeechSynthesisUtterance) {
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
      },
      cancel() {},
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { __spoken: { text: string; lang: string; rate: number }[] })
          .__spoken,
    );
}

for (const [locale, read, title, explainQ, explainA] of [
  ['zh-CN', '朗读本页', '帮助和学习', '验证码是什么？', '只用一次'],
  ['en', 'Read this page', 'Help & learn', 'What is a verification code?', 'works once'],
] as const) {
  test.describe(`care mode journeys in ${locale}`, () => {
    test.use({ locale });

    test('reads the page aloud in its language, slowly, and can stop', async ({ page }) => {
      const spoken = await captureSpeech(page);
      await signIn(page, { careMode: true });
      await page.goto('/');
      await page.getByRole('button', { name: read }).click();
      const said = await spoken();
      expect(said).toHaveLength(1);
      expect(said[0]!.lang).toBe(locale);
      expect(said[0]!.rate).toBeLessThan(1);
      expect(said[0]!.text).toContain(title);
    });

    test('explains "verification code" in plain words, one tap away', async ({ page }) => {
      await signIn(page, { careMode: true });
      await page.goto('/');
      await page.getByRole('link', { name: new RegExp(title) }).click();
      const q = page.getByRole('button', { name: explainQ });
      await expect(q).toHaveAttribute('aria-expanded', 'false');
      await q.click();
      await expect(q).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByText(explainA)).toBeVisible();
    });
  });
}

test.describe('settings', () => {
  test.use({ locale: 'zh-CN' });

  test('care mode is found by searching 长辈版, and text can be made larger', async ({ page }) => {
    await signIn(page, { careMode: false });
    await page.goto('/settings');
    await page.getByRole('searchbox', { name: '搜索设置' }).fill('长辈版');
    await expect(page.getByRole('switch', { name: /关怀模式/ })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: '语言' })).toHaveCount(0);
    await page.getByText('关怀模式（长辈版）').click();
    await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
    await page.getByRole('button', { name: '清空搜索' }).click();
    await page.getByText('特大').click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '3');
    const size = await page
      .locator('body')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBe(32);
    await expect(page.getByRole('switch', { name: /优惠和广告/ })).toBeDisabled();
    await expect(page.getByText('关怀模式已开启，广告一直关闭。')).toBeVisible();
  });
});
