import { expect, test, type Page } from '@playwright/test';
import { settled } from '../fixtures/bills';
import { expectCareModeMinimums, expectNoAxeViolations } from '../fixtures/care-mode';
import { signIn } from '../fixtures/personas';
import { fakeVoice } from '../fixtures/voice';

const words = {
  'zh-CN': {
    open: '跟语音助手说话',
    panel: '语音助手',
    type: '或者打字',
    ok: '好',
    pay: '帮我交电费',
    confirm: '确认交费',
  },
  'zh-TW': {
    open: '跟語音助手說話',
    panel: '語音助手',
    type: '或者打字',
    ok: '好',
    pay: '幫我繳電費',
    confirm: '確認交費',
  },
  'zh-HK': {
    open: '同語音助手講嘢',
    panel: '語音助手',
    type: '或者打字',
    ok: '好',
    pay: '交電費',
    confirm: '確認交費',
  },
  en: {
    open: 'Speak to the assistant',
    panel: 'Voice assistant',
    type: 'Or type it',
    ok: 'OK',
    pay: 'pay the electricity bill',
    confirm: 'Pay this bill',
  },
} as const;

async function expectCareMode(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-care', 'on');
  await expectNoAxeViolations(page);
  await expectCareModeMinimums(page);
}

for (const locale of Object.keys(words) as (keyof typeof words)[]) {
  const w = words[locale];
  test.describe(`the voice assistant in care mode, ${locale}`, () => {
    test.use({ locale });

    test('closed, open and at the read-back: axe and the care-mode minimums, 390px and 320px', async ({
      page,
    }) => {
      await fakeVoice(page);
      await signIn(page, { careMode: true });
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto('/');
        await settled(page);
        await expectCareMode(page);
        const open = page.getByRole('button', { name: w.open });
        const box = await open.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(64); // a main action in care mode
        await open.click();
        const p = page.getByRole('region', { name: w.panel });
        await expect(p).toBeVisible();
        await expectCareMode(page);
        const field = p.getByRole('textbox', { name: w.type });
        await field.fill(w.pay);
        await p.getByRole('button', { name: w.ok, exact: true }).click();
        await expect(p.getByRole('button', { name: w.confirm })).toBeVisible();
        await expectCareMode(page);
      }
    });
  });
}
