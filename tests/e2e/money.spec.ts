import { expect, test } from '@playwright/test';
import { amountInWords } from '@/lib/money-words';
import { formatMoney } from '@/lib/money';
import { balanceOf, ownWallet, payDueBill } from '../fixtures/money';
import { signIn } from '../fixtures/personas';

// The elder persona is shared by parallel tests, so she is only looked at here; anything that
// moves money does it on a fresh citizen's wallet. The elder's own language is zh-CN, so the
// English journeys use a fresh citizen in care mode.
const langs = [
  {
    locale: 'zh-CN',
    lang: 'zh-CN' as const,
    who: 'elder' as const,
    t: {
      money: '我的钱',
      explain: '“余额”是什么意思？',
      explained: '余额就是钱包里现在还剩多少钱',
      words: '大写：',
      in: '收入 +¥3,000.00',
      byYou: '谁办的：您自己',
      previous: /^‹?\s*上个月：/,
      next: /^下个月：/,
    },
  },
  {
    locale: 'en-US',
    lang: 'en' as const,
    who: { careMode: true },
    t: {
      money: 'My money',
      explain: 'What does “balance” mean?',
      explained: 'The balance is how much money is in the wallet right now',
      words: 'In words: ',
      in: 'Money in +¥3,000.00',
      byYou: 'Done by: you',
      previous: /Previous month: /,
      next: /Next month: /,
    },
  },
];

for (const { locale, lang, who, t } of langs) {
  test.describe(`my money in ${lang}`, () => {
    test.use({ locale });

    test('my money shows the balance in digits and words, and what came in and went out', async ({
      page,
    }) => {
      await signIn(page, who);
      const wallet = await ownWallet(page);
      await page.goto('/money');
      await expect(page.getByRole('heading', { level: 1, name: t.money })).toBeVisible();
      const balance = await balanceOf(page, wallet);
      expect(balance).toBeGreaterThan(0);
      await expect(page.getByText(formatMoney(balance, lang), { exact: true })).toBeVisible();
      await expect(page.getByText(t.words + amountInWords(balance, lang))).toBeVisible();
      await page.getByRole('button', { name: t.explain }).click();
      await expect(page.getByText(t.explained)).toBeVisible();
      // The demo top-up of ¥3,000.00, with a word and a sign, and who did it.
      const topUp = page.getByRole('listitem').filter({ hasText: t.in });
      await expect(topUp.first()).toBeVisible();
      await expect(topUp.first()).toContainText(t.byYou);
      // Last month, then back: big links, and no link to a month still to come.
      await expect(page.getByRole('link', { name: t.next })).toHaveCount(0);
      await page.getByRole('link', { name: t.previous }).click();
      await expect(page).toHaveURL(/\/money\?month=\d{4}-\d{2}$/);
      await page.getByRole('link', { name: t.next }).click();
      await expect(page.getByRole('listitem').filter({ hasText: t.in }).first()).toBeVisible();
    });
  });
}

for (const [locale, lang, row, out, receipt] of [
  ['zh-CN', 'zh-CN', '水费，45.00 元', '支出 −¥45.00', '看收据'],
  ['en-US', 'en', 'Water bill, 45.00 yuan', 'Money out −¥45.00', 'See the receipt'],
] as const) {
  test.describe(`a bill in the history (${lang})`, () => {
    test.use({ locale });

    test('a paid bill shows what, how much, when, who, and links its receipt', async ({ page }) => {
      await signIn(page, { careMode: true });
      const wallet = await ownWallet(page);
      const paid = await payDueBill(page, wallet, 'water');
      await page.goto('/money');
      const item = page.getByRole('listitem').filter({ hasText: row });
      await expect(item).toContainText(out);
      await expect(item.locator('time')).toBeVisible();
      await expect(item.getByRole('link', { name: new RegExp(`^${receipt}`) })).toHaveAttribute(
        'href',
        `/receipts/${paid.receiptId}`,
      );
      expect(await balanceOf(page, wallet)).toBe(300_000 - 4_500);
      await expect(
        page.getByText(formatMoney(300_000 - 4_500, lang), { exact: true }),
      ).toBeVisible();
    });
  });
}

test.describe('family help in zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('the elder sees who may help her, how, and can call them', async ({ page }) => {
    await signIn(page, 'elder');
    await page.goto('/family');
    await expect(page.getByRole('heading', { level: 1, name: '家人帮忙' })).toBeVisible();
    const lina = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: '李娜（您的女儿）' }),
    });
    await expect(lina).toContainText('代交账单');
    await expect(lina).toContainText('查看余额和记录');
    await expect(lina).toContainText('每月最多 ¥500.00');
    await expect(lina).toContainText('这个月已经帮您用了');
    const ask = page.getByRole('button', { name: '请家人帮忙' });
    await expect(ask).toHaveAttribute('aria-expanded', 'false');
    await ask.click();
    await expect(ask).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: '打电话给李娜：138 0013 8002' })).toHaveAttribute(
      'href',
      'tel:13800138002',
    );
  });

  test("the daughter sees her mother's wallet and what she may do there", async ({ page }) => {
    await signIn(page, 'family');
    await page.goto('/family');
    const mother = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: '王秀英（您的母亲）' }),
    });
    await expect(mother).toContainText('您可以');
    await expect(mother).toContainText('代交账单');
    await expect(mother).toContainText('每月最多 ¥500.00');
    await expect(page.getByRole('button', { name: '请家人帮忙' })).toHaveCount(0);
    await mother.getByRole('link', { name: '看王秀英的钱' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '王秀英的钱包' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '我的钱包' })).toBeVisible();
  });
});

test.describe('family help in English', () => {
  test.use({ locale: 'en-US' });

  test("the daughter sees her mother's wallet and what she may do there", async ({ page }) => {
    await signIn(page, 'family');
    await page.goto('/family');
    await expect(page.getByRole('heading', { level: 1, name: 'Family help' })).toBeVisible();
    const mother = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Wang Xiuying (your mother)' }),
    });
    await expect(mother).toContainText('Pay bills');
    await expect(mother).toContainText('See the balance and history');
    await expect(mother).toContainText('Up to ¥500.00 a month');
  });

  test('someone no one helps yet is told so plainly, with nothing to press', async ({ page }) => {
    await signIn(page, { careMode: true });
    await page.goto('/family');
    await expect(
      page.getByText('No one in your family can help with your wallet yet.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ask my family for help' })).toHaveCount(0);
  });
});
