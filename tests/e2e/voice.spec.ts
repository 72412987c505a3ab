import { expect, test, type Page } from '@playwright/test';
import {
  addVirtualAuthenticator,
  balanceOf,
  dueBills,
  ownAccount,
  registerPasskey,
  settled,
} from '../fixtures/bills';
import { signIn } from '../fixtures/personas';
import { fakeVoice } from '../fixtures/voice';

// The voice assistant with a fake microphone: the page "hears" what the test says through an
// injected SpeechRecognition, and what it says aloud is recorded. Fresh citizens (same bills as
// the elder) keep balances exact; the transfer uses the elder, whose daughter is a contact.

const zh = {
  open: '跟语音助手说话',
  talk: '按一下，说话',
  readBack: '从您的钱包付国家电网电费，一百二十八元五角，对吗？对的话请说“对”，不要就说“不要了”。',
  paid: '交好了。电费一百二十八元五角已经付了。',
  cancelled: '好的，没有付钱。',
};

/** The elder's wallet is shared with other tests: look at her transfers, not her balance. */
async function elderTransfers(page: Page, fen: number) {
  const res = await page.request.get('/api/v1/accounts/acc_elder/transactions');
  type Tx = { kind: string; direction: string; amount: { amount: number }; receiptId?: string };
  const all = (await res.json()).transactions as Tx[];
  return all.filter(
    (t) => t.kind === 'transfer' && t.direction === 'out' && t.amount.amount === fen,
  );
}

async function openAssistant(page: Page, name: string) {
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name }).click();
}

const panel = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test.describe('the voice assistant in zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('“帮我交电费” → read-back → “对” → fingerprint → paid once, with a receipt', async ({
    page,
  }) => {
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    const voice = await fakeVoice(page);
    await signIn(page, { careMode: true });
    const acc = await ownAccount(page);
    await registerPasskey(page, 'zh-CN');
    const before = await balanceOf(page, acc);

    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.interim('帮我交');
    await expect(p.getByText('帮我交', { exact: true })).toBeVisible(); // the live caption
    await voice.say('帮我交电费');
    await expect(p.getByRole('status').first()).toContainText('我听到的是：“帮我交电费”');
    await expect(p.getByText(zh.readBack)).toBeVisible();
    await expect(p.getByText('¥128.50', { exact: true })).toBeVisible();
    await expect(p.getByText('大写：壹佰贰拾捌元伍角')).toBeVisible();
    await expect.poll(voice.said).toContain(zh.readBack);
    expect(await balanceOf(page, acc)).toBe(before); // one utterance never pays

    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('对');
    await expect(p.getByText(zh.paid)).toBeVisible();
    await expect.poll(voice.said).toContain(zh.paid);
    expect(await balanceOf(page, acc)).toBe(before - 12_850);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials[0]!.signCount).toBeGreaterThan(0); // the fingerprint was asked for
    const receipt = await p.getByRole('link', { name: '看收据' }).getAttribute('href');
    expect(receipt).toMatch(/^\/receipts\/rcp_/);

    // Saying "yes" again moves nothing more.
    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('对');
    await expect(p.getByText('现在没有要确认的事。您想做什么？')).toBeVisible();
    expect(await balanceOf(page, acc)).toBe(before - 12_850);

    expect((await voice.starts())[0]).toEqual({ lang: 'zh-CN', continuous: false });
    await page.goto(receipt!);
    await expect(page.getByRole('heading', { level: 1, name: '交好了' })).toBeVisible();
  });

  test('“不要了” at the read-back cancels: nothing paid, the bill still due', async ({ page }) => {
    const voice = await fakeVoice(page);
    await signIn(page, { careMode: true });
    const acc = await ownAccount(page);
    const before = await balanceOf(page, acc);
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.say('帮我交电费');
    await expect(p.getByText(zh.readBack)).toBeVisible();
    await p.getByRole('button', { name: '再说一遍' }).click(); // heard again, on request
    await expect
      .poll(async () => (await voice.said()).filter((x) => x === zh.readBack).length)
      .toBe(2);
    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('不要了');
    await expect(p.getByText(zh.cancelled)).toBeVisible();
    await expect(p.getByRole('button', { name: '确认交费' })).toHaveCount(0);
    await expect.poll(voice.said).toContain(zh.cancelled);
    expect(await balanceOf(page, acc)).toBe(before);
    expect((await dueBills(page, acc)).some((b) => b.billType === 'electricity')).toBe(true);
  });

  test('not understood: examples as big buttons; choosing the bill by pressing', async ({
    page,
  }) => {
    const voice = await fakeVoice(page);
    await signIn(page, { careMode: true });
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.say('今天天气怎么样');
    await expect(p.getByText(/^对不起，我没听明白。/)).toBeVisible();
    await p.getByRole('button', { name: '交账单' }).click();
    await expect(p.getByText(/^交哪一个：电费，一百二十八元五角、/)).toBeVisible();
    await p.getByRole('button', { name: '水费，四十五元' }).click();
    await expect(
      p.getByText('从您的钱包付市自来水公司水费，四十五元，对吗？', { exact: false }),
    ).toBeVisible();
    await p.getByRole('button', { name: '先不要' }).click();
    await expect(p.getByText(zh.cancelled)).toBeVisible();
  });

  test('“给女儿转一百块” → payee check → “对” → PIN → sent', async ({ page }) => {
    const voice = await fakeVoice(page);
    await signIn(page, 'elder');
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.say('给女儿转一百块');
    const readBack =
      '收款人实名是李娜，名字对得上。从您的钱包转给女儿李娜一百元，对吗？对的话请说“对”，不要就说“不要了”。';
    await expect(p.getByText(readBack)).toBeVisible();
    await expect.poll(voice.said).toContain(readBack);
    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('对');
    await p.getByRole('textbox', { name: '6 位数字密码' }).fill('135790');
    await p.getByRole('button', { name: '确认付款' }).click();
    await expect(p.getByText('转好了。已经转给女儿李娜一百元。')).toBeVisible();
    const href = await p.getByRole('link', { name: '看收据' }).getAttribute('href');
    const receiptId = href!.replace('/receipts/', '');
    // Exactly one transfer of ¥100 carries this receipt: the money moved once.
    const mine = (await elderTransfers(page, 10_000)).filter((t) => t.receiptId === receiptId);
    expect(mine).toHaveLength(1);
  });

  test('no amount said: asked, answered with a big button; then “不要了” sends nothing', async ({
    page,
  }) => {
    const voice = await fakeVoice(page);
    await signIn(page, 'elder');
    const before = (await elderTransfers(page, 20_000)).length;
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.say('给孙子转钱');
    await expect(
      p.getByText('给孙子李小明转多少钱？请说出钱数，或者打字，比如 100。'),
    ).toBeVisible();
    await p.getByRole('button', { name: '二百元', exact: true }).click();
    await expect(p.getByText(/从您的钱包转给孙子李小明二百元，对吗？/)).toBeVisible();
    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('不要了');
    await expect(p.getByText(zh.cancelled)).toBeVisible();
    expect((await elderTransfers(page, 20_000)).length).toBe(before);
  });

  test('a browser with no recognizer: type instead, same assistant', async ({ page }) => {
    const voice = await fakeVoice(page, { recognition: false });
    await signIn(page, { careMode: true });
    const acc = await ownAccount(page);
    const before = await balanceOf(page, acc);
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await expect(p.getByRole('status').first()).toHaveText(
      '这个浏览器不能听声音，请在下面打字告诉我。',
    );
    await expect(p.getByRole('button', { name: zh.talk })).toHaveCount(0);
    const field = p.getByRole('textbox', { name: '或者打字' });
    await p.getByRole('button', { name: '好', exact: true }).click();
    await expect(p.getByText('请先打字写下您想做的事。')).toBeVisible();
    await field.fill('帮我交电费');
    await field.press('Enter');
    await expect(p.getByText(zh.readBack)).toBeVisible();
    await field.fill('对');
    await p.getByRole('button', { name: '好', exact: true }).click();
    await expect(p.getByText(zh.paid)).toBeVisible();
    expect(await balanceOf(page, acc)).toBe(before - 12_850);
    expect(await voice.starts()).toEqual([]);
  });
});

test.describe('going places by voice', () => {
  test.use({ locale: 'zh-CN' });

  test('my money, a word explained, bigger text, then home — the panel stays with its line', async ({
    page,
  }) => {
    const voice = await fakeVoice(page);
    await signIn(page, { careMode: true });
    await openAssistant(page, zh.open);
    const p = panel(page, '语音助手');
    await voice.say('我还有多少钱');
    await expect(page).toHaveURL(/\/money$/);
    await expect(p.getByText('这是您的钱。')).toBeVisible();

    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('什么是验证码');
    await expect(page).toHaveURL(/\/help\?term=verification_code$/);
    const answer = page.locator('main').getByText(/^验证码是手机短信收到的几位数字/);
    await expect(answer).toBeVisible(); // opened at the word asked about
    await expect.poll(voice.said).toContain(await answer.innerText());

    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('字大一点');
    await expect(p.getByText('字已经调大了。')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '2');
    const me = await (await page.request.get('/api/v1/me')).json();
    expect(me.user.textSize).toBe(2);

    await p.getByRole('button', { name: zh.talk }).click();
    await voice.say('回到首页');
    await expect(page).toHaveURL(/\/$/);
    await expect(p.getByText('回到首页。')).toBeVisible();
  });
});

/** A fresh citizen in care mode opens the assistant and says one thing. */
async function askInCareMode(page: Page, j: { open: string; panel: string; ask: string }) {
  const voice = await fakeVoice(page);
  await signIn(page, { careMode: true });
  const acc = await ownAccount(page);
  const before = await balanceOf(page, acc);
  await openAssistant(page, j.open);
  const p = panel(page, j.panel);
  await voice.say(j.ask);
  return { voice, acc, before, p };
}

test.describe('paying a bill by voice, Cantonese and English', () => {
  for (const j of [
    {
      locale: 'zh-HK',
      open: '同語音助手講嘢',
      panel: '語音助手',
      talk: '撳一下，講嘢',
      ask: '唔該幫我交電費',
      // (The biller's name is as the biller directory spells it.)
      readBack:
        /^由你嘅錢包交(国家电网|國家電網)電費，一百二十八元五毫，啱唔啱？啱就講「啱」，唔要就講「唔要」。$/,
      yes: '係',
      paid: '交好咗。電費一百二十八元五毫已經俾咗。',
      // Cantonese is asked for as Cantonese, not Mandarin.
      lang: 'yue-Hant-HK',
    },
    {
      locale: 'en-US',
      open: 'Speak to the assistant',
      panel: 'Voice assistant',
      talk: 'Press and speak',
      ask: 'please pay the electricity bill',
      readBack:
        /^Pay the electricity bill of one hundred twenty-eight yuan fifty to State Grid from your wallet\? Say “yes” to go on, or “no” to stop\.$/,
      yes: 'yes',
      paid: 'Done. The electricity bill of one hundred twenty-eight yuan fifty is paid.',
      lang: 'en-US',
    },
  ]) {
    test.describe(j.locale, () => {
      test.use({ locale: j.locale });
      test(`“${j.ask}” → read-back → “${j.yes}” → paid`, async ({ page }) => {
        const { voice, acc, before, p } = await askInCareMode(page, j);
        await expect(p.getByText(j.readBack)).toBeVisible();
        await expect
          .poll(async () => (await voice.said()).some((x) => j.readBack.test(x)))
          .toBe(true);
        await p.getByRole('button', { name: j.talk }).click();
        await voice.say(j.yes);
        await expect(p.getByText(j.paid)).toBeVisible();
        expect(await balanceOf(page, acc)).toBe(before - 12_850);
        expect((await voice.starts())[0]!.lang).toBe(j.lang);
      });
    });
  }
});

test.describe('sending money by voice, Cantonese and English', () => {
  for (const j of [
    {
      locale: 'zh-HK',
      open: '同語音助手講嘢',
      panel: '語音助手',
      talk: '撳一下，講嘢',
      ask: '轉一百蚊俾朋友',
      readBack:
        '收款人真實姓名係陈明，個名啱。由你嘅錢包轉一百元俾你朋友陈明，啱唔啱？啱就講「啱」，唔要就講「唔要」。',
      yes: '好',
      sent: '轉好咗。已經轉咗一百元俾你朋友陈明。',
    },
    {
      locale: 'en-US',
      open: 'Speak to the assistant',
      panel: 'Voice assistant',
      talk: 'Press and speak',
      ask: 'send one hundred yuan to my friend',
      readBack:
        'The account holder is Chen Ming; the name matches. Send one hundred yuan to your friend Chen Ming from your wallet? Say “yes” to go on, or “no” to stop.',
      yes: 'yes please',
      sent: 'Done. You sent one hundred yuan to your friend Chen Ming.',
    },
  ]) {
    test.describe(j.locale, () => {
      test.use({ locale: j.locale });
      test(`“${j.ask}” → payee check → read-back → yes → sent`, async ({ page }) => {
        const { voice, acc, before, p } = await askInCareMode(page, j);
        await expect(p.getByText(j.readBack)).toBeVisible();
        await expect.poll(voice.said).toContain(j.readBack);
        expect(await balanceOf(page, acc)).toBe(before);
        await p.getByRole('button', { name: j.talk }).click();
        await voice.say(j.yes);
        await expect(p.getByText(j.sent)).toBeVisible();
        expect(await balanceOf(page, acc)).toBe(before - 10_000);
      });
    });
  }
});

test.describe('always listening for the wake phrase', () => {
  test.use({ locale: 'zh-CN' });

  test('off by default; switched on in Settings, “安新安新” opens the assistant', async ({
    page,
  }) => {
    const voice = await fakeVoice(page);
    await signIn(page, { careMode: true });
    await page.goto('/');
    await settled(page);
    expect(await voice.starts()).toEqual([]); // nothing listens unless asked

    await page.goto('/settings');
    await settled(page);
    await page.getByText('一直听“安心安心”').click();
    await expect(page.getByRole('switch', { name: /一直听/ })).toBeChecked();
    await page.goto('/');
    await settled(page);
    await expect
      .poll(async () => (await voice.starts()).at(-1))
      .toEqual({
        lang: 'zh-CN',
        continuous: true,
      });
    await expect(page.getByRole('region', { name: '语音助手' })).toHaveCount(0);
    await voice.say('嗯，安新安新');
    const p = panel(page, '语音助手');
    await expect(p.getByText('我在听。您想做什么？')).toBeVisible();
    await expect.poll(voice.said).toContain('我在听。您想做什么？');
    // After saying so, it listens for the command itself.
    await expect.poll(async () => (await voice.starts()).at(-1)?.continuous).toBe(false);
    await voice.say('帮我交电费');
    await expect(p.getByText(zh.readBack)).toBeVisible();
  });
});
