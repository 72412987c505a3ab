import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/personas';
import { balance, pressKeys, recordSpeech, words, type JourneyLocale } from '../fixtures/send';

// The elder and her daughter are shared with other tests: reset the household once, run these
// one after another, and compare balances before and after rather than absolute values.
test.describe.serial('sending money with the PIN as confirmation', () => {
  test.beforeAll(async ({ request }) => {
    expect((await request.post('/api/v1/demo/reset')).status()).toBe(200);
  });

  interface Journey {
    locale: JourneyLocale;
    persona: 'elder' | 'family';
    account: string;
    pin: string;
    link: string;
    h1: string;
    words: string;
    payee: string;
    spokenPayee: string;
    summary: string;
    spokenSummary: string;
    sent: string;
  }

  const journeys: Journey[] = [
    {
      locale: 'zh-CN',
      persona: 'elder',
      account: 'acc_elder',
      pin: '135790',
      link: '李娜 · 女儿',
      h1: '转给女儿李娜',
      words: '大写：壹佰元整',
      payee: '收款人实名：李娜 ✓ 名字对得上',
      spokenPayee: '收款人实名是李娜，名字对得上。',
      summary: '从您的钱包转给女儿李娜 100.00 元（壹佰元整）',
      spokenSummary: '从您的钱包转给女儿李娜一百元。',
      sent: '已经转给女儿李娜 100.00 元（壹佰元整）。',
    },
    {
      // The elder's own language is fixed to zh-CN in the demo data, and changing it would
      // disturb parallel tests; in English, her daughter (who also has a PIN) sends to her.
      locale: 'en',
      persona: 'family',
      account: 'acc_family',
      pin: '246802',
      link: 'Wang Xiuying · mother',
      h1: 'Send money to your mother Wang Xiuying',
      words: 'In words: one hundred yuan',
      payee: 'The account holder is Wang Xiuying — the name matches',
      spokenPayee: 'The account holder is Wang Xiuying. The name matches.',
      summary: 'Send 100.00 yuan (one hundred yuan) to your mother Wang Xiuying from your wallet',
      spokenSummary: 'Send one hundred yuan to your mother Wang Xiuying from your wallet.',
      sent: 'Sent 100.00 yuan (one hundred yuan) to your mother Wang Xiuying.',
    },
  ];

  async function toReview(page: Page, j: Journey, keys: string) {
    const w = words[j.locale];
    await page.goto('/send');
    await page.getByRole('link', { name: j.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: j.h1 })).toBeVisible();
    await pressKeys(page, keys);
    await page.getByRole('button', { name: w.next, exact: true }).click();
  }

  for (const j of journeys) {
    test.describe(`in ${j.locale}`, () => {
      test.use({ locale: j.locale === 'en' ? 'en-US' : j.locale });

      test(`${j.persona} sends 100 yuan: keypad, payee check, review, PIN, done`, async ({
        page,
      }) => {
        const w = words[j.locale];
        const said = await recordSpeech(page);
        await signIn(page, j.persona);
        const before = await balance(page, j.account);

        await page.goto('/send');
        await page.getByRole('link', { name: j.link }).click();
        await expect(page.getByRole('heading', { level: 1, name: j.h1 })).toBeVisible();
        await pressKeys(page, '100');
        await expect(page.getByRole('textbox')).toHaveValue('100');
        await expect(page.getByText(j.words)).toBeVisible();
        await page.getByRole('button', { name: w.next, exact: true }).click();

        await expect(page.getByRole('status').filter({ hasText: j.payee })).toBeVisible();
        await expect.poll(said).toContain(j.spokenPayee);
        await page.getByRole('button', { name: w.next, exact: true }).click();

        await expect(page.getByText(j.summary)).toBeVisible();
        await page.getByRole('button', { name: w.listen }).click();
        await expect.poll(said).toContain(j.spokenSummary);
        await page.getByRole('button', { name: w.confirm }).click();

        await page.getByRole('textbox', { name: w.pin }).fill(j.pin);
        await page.getByRole('button', { name: w.pinSubmit }).click();

        await expect(page.getByRole('heading', { level: 2, name: w.done })).toBeVisible();
        await expect(page.getByText(j.sent)).toBeVisible();
        await expect(page.getByRole('link', { name: w.receipt })).toHaveAttribute(
          'href',
          /^\/receipts\/.+/,
        );
        await expect(page.getByRole('link', { name: w.home })).toHaveAttribute('href', '/');
        expect(before - (await balance(page, j.account))).toBe(10_000);
      });

      test(`${j.persona}: a cancelled fingerprint prompt falls back to the PIN`, async ({
        page,
      }) => {
        const w = words[j.locale];
        await signIn(page, j.persona);
        const before = await balance(page, j.account);
        // As if the person had a passkey and pressed "cancel" on the phone's prompt.
        await page.route('**/api/v1/step-up/options', (route) =>
          route.fulfill({
            json: {
              methods: ['passkey', 'pin'],
              passkey: {
                challengeId: 'cancelled',
                options: { challenge: 'Y2FuY2VsbGVk', rpId: 'localhost', allowCredentials: [] },
              },
            },
          }),
        );
        await page.addInitScript(() => {
          navigator.credentials.get = () =>
            Promise.reject(new DOMException('cancelled', 'NotAllowedError'));
        });
        await toReview(page, j, '50');
        await page.getByRole('button', { name: w.next, exact: true }).click();
        await page.getByRole('button', { name: w.confirm }).click();
        await expect(page.getByRole('status')).toContainText(
          j.locale === 'en' ? 'You cancelled the fingerprint or face check' : '您取消了指纹或刷脸',
        );
        await page.getByRole('textbox', { name: w.pin }).fill(j.pin);
        await page.getByRole('button', { name: w.pinSubmit }).click();
        await expect(page.getByRole('heading', { level: 2, name: w.done })).toBeVisible();
        expect(before - (await balance(page, j.account))).toBe(5_000);
      });
    });
  }
});
