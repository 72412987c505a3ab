import { expect, test } from '@playwright/test';
import {
  addVirtualAuthenticator,
  balanceOf,
  billCode,
  freshNotice,
  ownAccount,
  settled,
  qrPng,
  recordSpeech,
  registerPasskey,
} from '../fixtures/bills';
import { signIn } from '../fixtures/personas';

const words = {
  'zh-CN': {
    electricity: /^电费 国家电网 ¥128\.50，\d+月\d+日前交$/,
    title: '交电费',
    sentence: '从您的钱包付国家电网电费 128.50 元（壹佰贰拾捌元伍角）',
    spoken: '从您的钱包付国家电网电费，一百二十八元五角。',
    listSpoken: '要交的账单有：电费，国家电网，一百二十八元五角，',
    read: '读给我听',
    confirm: '确认交费',
    paid: '交好了',
    self: '您本人',
    pdf: '下载收据 (PDF)',
    home: '回到首页',
    paidList: '已交',
    receiptLink: '看电费的收据',
    waterTitle: '交水费',
    water: '从您的钱包付市自来水公司水费 86.50 元（捌拾陆元伍角）',
    property: /^物业费 幸福里物业 ¥320\.00/,
    propertyTitle: '交物业费',
  },
  en: {
    electricity: /^Electricity — State Grid ¥128\.50, due \d+ \w+$/,
    title: 'Pay the electricity bill',
    sentence:
      'Pay the electricity bill of 128.50 yuan (one hundred twenty-eight yuan and fifty fen) to State Grid from your wallet',
    spoken:
      'Pay the electricity bill of one hundred twenty-eight yuan fifty to State Grid from your wallet.',
    read: 'Read it to me',
    listSpoken: 'Bills to pay: Electricity, State Grid, one hundred twenty-eight yuan fifty, due ',
    confirm: 'Pay this bill',
    paid: 'Paid',
    self: 'You',
    pdf: 'Download the receipt (PDF)',
    home: 'Back to home',
    paidList: 'Paid',
    receiptLink: 'Receipt for Electricity',
    waterTitle: 'Pay the water bill',
    water:
      'Pay the water bill of 86.50 yuan (eighty-six yuan and fifty fen) to City Water from your wallet',
    property: /^Property management — Xingfuli Property Services ¥320\.00/,
    propertyTitle: 'Pay the property management bill',
  },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  const w = words[locale];
  test.describe(`paying bills in ${locale}`, () => {
    test.use({ locale });

    test('pay the electricity bill: review, read aloud, pay, receipt, and the money moved once', async ({
      page,
    }) => {
      const said = await recordSpeech(page);
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const before = await balanceOf(page, acc);
      await page.goto('/bills');
      await settled(page);
      await page.getByRole('button', { name: w.read }).click();
      expect((await said())[0]!.text).toContain(w.listSpoken);
      await page.getByRole('link', { name: w.electricity }).click();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      await expect(page.getByText(w.sentence)).toBeVisible();
      await page.getByRole('button', { name: w.read }).click();
      expect((await said())[0]).toEqual({
        text: w.spoken,
        lang: locale,
        rate: expect.closeTo(0.85, 5),
      });
      await page.getByRole('button', { name: w.confirm }).click();

      await expect(page).toHaveURL(/\/receipts\/rcp_/);
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
      await expect(page.getByText('¥128.50', { exact: true })).toBeVisible();
      await expect(page.getByText(w.self, { exact: true })).toBeVisible();
      const pdf = page.getByRole('link', { name: w.pdf });
      const res = await page.request.get((await pdf.getAttribute('href'))!);
      expect(res.headers()['content-type']).toBe('application/pdf');
      await expect(page.getByRole('link', { name: w.home })).toHaveAttribute('href', '/');
      expect(await balanceOf(page, acc)).toBe(before - 12_850);

      await page.goto('/bills');
      await expect(page.getByRole('link', { name: w.electricity })).toHaveCount(0);
      const paid = page.getByRole('list', { name: new RegExp(`: ${w.paidList}$`) });
      await paid.getByRole('link', { name: w.receiptLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
    });

    test('add a bill by scanning the payment code in a photo, then pay it', async ({ page }) => {
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      const before = await balanceOf(page, acc);
      const png = await qrPng(billCode(freshNotice('blr_city_water', 8_650)));
      await page.goto('/bills/add');
      await settled(page);
      const input = page.locator('input[type=file]');
      await expect(input).toHaveAttribute('accept', 'image/*');
      await expect(input).toHaveAttribute('capture', 'environment');
      await input.setInputFiles({ name: 'bill.png', mimeType: 'image/png', buffer: png });
      await expect(page.getByRole('heading', { level: 1, name: w.waterTitle })).toBeVisible();
      await expect(page.getByText(w.water)).toBeVisible();
      expect(await balanceOf(page, acc)).toBe(before); // scanning never pays
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
      expect(await balanceOf(page, acc)).toBe(before - 8_650);
    });

    test('pay the ¥320 property bill with a fingerprint (passkey) set up in Settings', async ({
      page,
    }) => {
      const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
      await signIn(page, { careMode: true });
      const acc = await ownAccount(page);
      await registerPasskey(page, locale);
      const before = await balanceOf(page, acc);
      await page.goto('/bills');
      await page.getByRole('link', { name: w.property }).click();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1, name: w.propertyTitle })).toBeVisible();
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.paid })).toBeVisible();
      expect(await balanceOf(page, acc)).toBe(before - 32_000);
      // Above ¥200 the server pays only after a fresh confirmation: the passkey gave it, no PIN.
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      expect(credentials[0]!.signCount).toBeGreaterThan(0);
    });
  });
}
