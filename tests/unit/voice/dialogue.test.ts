import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  amountOf,
  initialState,
  step,
  type DialogueEvent,
  type Effect,
} from '@/lib/voice/dialogue';
import { INTENTS, type ParseResult } from '@/lib/voice/types';
import { bills, context, contacts, heard, run } from './dialogue-helpers';

const en = context('en');
const cn = context('zh-CN');
const says = (effects: Effect[]) => effects.flatMap((e) => (e.type === 'say' ? [e.text] : []));

describe('paying a bill by voice', () => {
  const payElectricity = heard({ intent: 'pay_bill', slots: { billType: 'electricity' } });
  const loaded = { type: 'bills', accountId: 'acc1', bills } as const;

  it('looks up the bills, reads the one asked for back in full, and waits', () => {
    const { steps, state } = run(en, [payElectricity, loaded]);
    expect(steps[0]!.effects).toContainEqual({ type: 'loadBills' });
    const line =
      'Pay the electricity bill of one hundred twenty-eight yuan fifty to State Grid from your wallet? Say “yes” to go on, or “no” to stop.';
    expect(state.line).toBe(line);
    expect(says(steps[1]!.effects)).toEqual([line]);
    expect(state.stage).toEqual({
      kind: 'review',
      action: { kind: 'bill', accountId: 'acc1', bill: bills[0] },
    });
  });

  it('pays only after "confirm", then says so calmly with the receipt', () => {
    const { steps, state } = run(en, [
      payElectricity,
      loaded,
      heard({ intent: 'confirm', slots: {} }),
      { type: 'paid', receiptId: 'rcp_1' },
    ]);
    expect(steps[2]!.effects).toContainEqual({ type: 'confirmPayment' });
    expect(steps[2]!.state.stage.kind).toBe('paying');
    expect(state.line).toBe(
      'Done. The electricity bill of one hundred twenty-eight yuan fifty is paid.',
    );
    expect(state.receiptId).toBe('rcp_1');
    expect(state.stage.kind).toBe('idle');
  });

  it('reads back in Chinese, amounts in words', () => {
    const { state } = run(cn, [payElectricity, loaded]);
    expect(state.line).toBe(
      '从您的钱包付State Grid电费，一百二十八元五角，对吗？对的话请说“对”，不要就说“不要了”。',
    );
  });

  it('asks which bill when none was said, with the due bills as choices', () => {
    const { state } = run(en, [heard({ intent: 'pay_bill', slots: {} }), loaded]);
    expect(state.line).toBe(
      'Which bill: Electricity, one hundred twenty-eight yuan fifty, Water, forty-five yuan, Gas, sixty-eight yuan twenty?',
    );
    expect(state.choices.map((c) => c.id)).toEqual(['bill:b1', 'bill:b2', 'bill:b3']);
    const chosen = step(state, { type: 'choose', id: 'bill:b2' }, en);
    expect(chosen.state.stage).toMatchObject({ kind: 'review', action: { bill: bills[1] } });
    const said = step(state, heard({ intent: 'pay_bill', slots: { billType: 'gas' } }), en);
    expect(said.state.stage).toMatchObject({ kind: 'review', action: { bill: bills[2] } });
    expect(said.effects).not.toContainEqual({ type: 'confirmPayment' });
  });

  it('says when the bill asked for is not due, and offers the ones that are', () => {
    const { state } = run(en, [
      heard({ intent: 'pay_bill', slots: { billType: 'heating' } }),
      loaded,
    ]);
    expect(state.line).toMatch(/^There is no heating bill to pay now\. Which bill: /);
    expect(state.stage.kind).toBe('chooseBill');
  });

  it('uses the bill amount when a different one was said, and says so', () => {
    const { state } = run(en, [
      heard({ intent: 'pay_bill', slots: { billType: 'electricity', amount: 10_000 } }),
      loaded,
    ]);
    expect(state.line).toMatch(
      /^You said one hundred yuan, but the bill is for one hundred twenty-eight yuan fifty\. I will pay the bill's amount\. Pay the electricity bill/,
    );
    expect(state.stage).toMatchObject({ action: { bill: { amount: 12_850 } } });
  });

  it('says there is nothing to pay when no bill is due', () => {
    const { state } = run(en, [payElectricity, { type: 'bills', accountId: 'a', bills: [] }]);
    expect(state.line).toBe('There are no bills to pay now.');
    expect(state.stage.kind).toBe('idle');
  });
});

describe('sending money by voice', () => {
  const loaded = { type: 'contacts', accountId: 'acc1', contacts } as const;

  it('finds the daughter, checks the payee, reads back, and sends only on "confirm"', () => {
    const { steps, state } = run(cn, [
      heard({ intent: 'transfer', slots: { payee: '女儿', amount: 10_000 } }),
      loaded,
      { type: 'payeeChecked', result: 'match', name: '李娜' },
    ]);
    expect(steps[0]!.effects).toContainEqual({ type: 'loadContacts' });
    expect(steps[1]!.effects).toContainEqual({
      type: 'checkPayee',
      accountId: 'acc1',
      contactId: 'con_d',
    });
    expect(state.line).toBe(
      '收款人实名是李娜，名字对得上。从您的钱包转给女儿李娜一百元，对吗？对的话请说“对”，不要就说“不要了”。',
    );
    expect(steps.flatMap((s) => s.effects)).not.toContainEqual({ type: 'confirmPayment' });
    const yes = step(state, heard({ intent: 'confirm', slots: {} }), cn);
    expect(yes.effects).toContainEqual({ type: 'confirmPayment' });
    expect(yes.state.stage).toMatchObject({
      kind: 'paying',
      action: { kind: 'transfer', amount: 10_000, contact: { id: 'con_d' } },
    });
  });

  it('asks who when the person is not known, then how much', () => {
    const { state, steps } = run(en, [
      heard({ intent: 'transfer', slots: { payee: 'neighbour' } }),
      loaded,
    ]);
    expect(steps[1]!.state.line).toBe(
      'I could not find “neighbour” among your people. Who should get the money: your daughter 李娜, your grandson 李小明?',
    );
    expect(state.choices.map((c) => c.id)).toEqual(['contact:con_d', 'contact:con_g']);
    const who = step(state, { type: 'choose', id: 'contact:con_g' }, en);
    expect(who.state.line).toBe(
      'How much do you want to send to your grandson 李小明? Say the amount, or type it, for example 100.',
    );
    const typed = step(who.state, heard({ intent: 'unknown', slots: {} }, '50'), en);
    expect(typed.effects).toContainEqual({
      type: 'checkPayee',
      accountId: 'acc1',
      contactId: 'con_g',
    });
    expect(typed.state.stage).toMatchObject({ kind: 'checkingPayee', amount: 5_000 });
    const again = step(who.state, heard({ intent: 'unknown', slots: {} }, 'hmm'), en);
    expect(again.state.stage.kind).toBe('askAmount');
    // Or press one of the common amounts.
    expect(who.state.choices.map((c) => c.label)).toEqual([
      'fifty yuan',
      'one hundred yuan',
      'two hundred yuan',
      'five hundred yuan',
    ]);
    const pressed = step(who.state, { type: 'choose', id: 'amount:20000' }, en);
    expect(pressed.state.stage).toMatchObject({ kind: 'checkingPayee', amount: 20_000 });
    const forged = step(who.state, { type: 'choose', id: 'amount:1' }, en);
    expect(forged.state).toEqual(who.state);
  });

  it('says a matching payee by the name the bank has in the page language', () => {
    const { state } = run(en, [
      heard({ intent: 'transfer', slots: { payee: 'daughter', amount: 5_000 } }),
      loaded,
      { type: 'payeeChecked', result: 'match', name: 'Li Na' },
    ]);
    expect(state.line).toBe(
      'The account holder is Li Na; the name matches. Send fifty yuan to your daughter Li Na from your wallet? Say “yes” to go on, or “no” to stop.',
    );
    expect(state.stage).toMatchObject({ action: { contact: { id: 'con_d', name: 'Li Na' } } });
  });

  it('will not send by voice when the real name does not match', () => {
    const { state } = run(en, [
      heard({ intent: 'transfer', slots: { payee: 'daughter', amount: 100 } }),
      loaded,
      { type: 'payeeChecked', result: 'no_match', name: 'Wang Dachui' },
    ]);
    expect(state.stage.kind).toBe('idle');
    expect(state.line).toMatch(/^Careful: .*Wang Dachui.*I will not send it/);
    const yes = step(state, heard({ intent: 'confirm', slots: {} }), en);
    expect(yes.effects).not.toContainEqual({ type: 'confirmPayment' });
  });
});

describe('at every turn', () => {
  const review = run(en, [
    heard({ intent: 'pay_bill', slots: { billType: 'electricity' } }),
    { type: 'bills', accountId: 'acc1', bills },
  ]).state;

  it('"cancel" drops the money action and says nothing was paid', () => {
    const s = step(review, heard({ intent: 'cancel', slots: {} }), en);
    expect(s.state.stage.kind).toBe('idle');
    expect(says(s.effects)).toEqual(['OK, nothing was paid.']);
  });

  it('"repeat" says the last line again, keeping the question open', () => {
    const s = step(review, heard({ intent: 'repeat', slots: {} }), en);
    expect(s.state).toEqual(review);
    expect(says(s.effects)).toEqual([review.line]);
  });

  it('"go home" and "go back" leave, and nothing is paid', () => {
    const home = step(review, heard({ intent: 'go_home', slots: {} }), en);
    expect(home.effects).toEqual([
      { type: 'say', text: 'Nothing was paid. Going to the home page.' },
      { type: 'navigate', href: '/' },
    ]);
    const back = step(review, heard({ intent: 'go_back', slots: {} }), en);
    expect(back.effects).toContainEqual({ type: 'back' });
    expect(back.state.stage.kind).toBe('idle');
  });

  it('while the passkey or PIN is asked for, words cannot change course', () => {
    const paying = step(review, heard({ intent: 'confirm', slots: {} }), en).state;
    for (const intent of ['cancel', 'go_home', 'confirm', 'pay_bill'] as const) {
      const s = step(paying, heard({ intent, slots: {} }), en);
      expect(s.state.stage).toEqual(paying.stage);
      expect(s.effects).toEqual([
        {
          type: 'say',
          text: 'Please finish confirming on the screen, or press “Not now” there to stop.',
        },
      ]);
    }
    const cancelled = step(paying, { type: 'payCancelled' }, en);
    expect(cancelled.state.line).toBe('OK, nothing was paid.');
  });

  it('an answer that is not understood keeps the question and says it again', () => {
    const s = step(review, heard({ intent: 'unknown', slots: {} }), en);
    expect(s.state.stage).toEqual(review.stage);
    expect(s.state.line).toBe(`Sorry, I didn't catch that. ${review.line}`);
  });
});

describe('going places', () => {
  const go = (result: ParseResult) => step(initialState(en), heard(result), en);

  it.each([
    ['check_balance', '/money'],
    ['history', '/money'],
    ['show_pay_code', '/pay-code'],
    ['scan_code', '/bills/add'],
    ['check_bills', '/bills'],
    ['family_help', '/family'],
    ['help', '/help'],
  ] as const)('%s opens %s and says where it is', (intent, href) => {
    const s = go({ intent, slots: {} });
    expect(s.effects).toContainEqual({ type: 'navigate', href });
    expect(says(s.effects)).toHaveLength(1);
  });

  it('explains a term: its plain answer, and the glossary opened at it', () => {
    const s = go({ intent: 'explain', slots: { term: 'verification_code' } });
    expect(s.effects).toContainEqual({ type: 'navigate', href: '/help?term=verification_code' });
    expect(s.state.line).toMatch(/^A few digits sent to your phone/);
  });

  it('vouchers and lessons: says plainly they are not here yet and offers help', () => {
    const s = go({ intent: 'vouchers', slots: {} });
    expect(s.state.line).toMatch(/^Vouchers are not in Anxin yet\./);
    expect(s.state.choices).toEqual([{ id: 'intent:help', label: 'Help' }]);
    expect(s.effects.some((e) => e.type === 'navigate')).toBe(false);
  });

  it('reads the screen, and changes the text size then says what happened', () => {
    expect(go({ intent: 'read_screen', slots: {} }).effects).toEqual([{ type: 'readScreen' }]);
    const bigger = go({ intent: 'text_size', slots: { direction: 'larger' } });
    expect(bigger.effects).toEqual([{ type: 'textSize', direction: 'larger' }]);
    const done = step(
      bigger.state,
      { type: 'textSizeSet', changed: true, direction: 'larger' },
      en,
    );
    expect(says(done.effects)).toEqual(['The text is bigger now.']);
    const max = step(
      bigger.state,
      { type: 'textSizeSet', changed: false, direction: 'larger' },
      en,
    );
    expect(says(max.effects)).toEqual(['The text is already at its biggest.']);
  });

  it('not understood: sorry, and examples of what can be said', () => {
    const s = go({ intent: 'unknown', slots: {} });
    expect(s.state.line).toMatch(/^Sorry, I didn't catch that\. You can say, for example/);
    expect(s.state.choices.map((c) => c.id)).toContain('intent:pay_bill');
  });

  it('"confirm" with nothing waiting moves nothing', () => {
    const s = go({ intent: 'confirm', slots: {} });
    expect(s.effects).not.toContainEqual({ type: 'confirmPayment' });
    expect(s.state.line).toBe('There is nothing to confirm right now. What would you like to do?');
  });
});

describe('one utterance can never move money', () => {
  const results = fc.record({
    intent: fc.constantFrom(...INTENTS),
    slots: fc.record(
      {
        billType: fc.constantFrom('electricity', 'water', 'gas', 'heating' as const),
        amount: fc.integer({ min: 1, max: 1_000_000 }),
        payee: fc.constantFrom('女儿', 'daughter', '李小明', 'nobody'),
      },
      { requiredKeys: [] },
    ),
  }) as fc.Arbitrary<ParseResult>;
  const events: fc.Arbitrary<DialogueEvent> = fc.oneof(
    results.map((r) => heard(r, '100')),
    fc.constantFrom<DialogueEvent>(
      { type: 'bills', accountId: 'a', bills },
      { type: 'contacts', accountId: 'a', contacts },
      { type: 'payeeChecked', result: 'match', name: '李娜' },
      { type: 'payeeChecked', result: 'close_match', name: '李那' },
      { type: 'choose', id: 'bill:b1' },
      { type: 'choose', id: 'contact:con_d' },
      { type: 'choose', id: 'amount:10000' },
      { type: 'choose', id: 'intent:confirm' },
      { type: 'payCancelled' },
      { type: 'loadFailed' },
    ),
  );

  it('confirmPayment comes only from a "confirm" answering a read-back', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 12 }), (seq) => {
        let state = initialState(en);
        for (const e of seq) {
          const s = step(state, e, en);
          if (s.effects.some((x) => x.type === 'confirmPayment')) {
            expect(state.stage.kind).toBe('review');
            const isConfirm =
              (e.type === 'heard' && e.result.intent === 'confirm') ||
              (e.type === 'choose' && e.id === 'intent:confirm');
            expect(isConfirm).toBe(true);
            expect(state.line.length).toBeGreaterThan(0);
          }
          state = s.state;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('amounts given as an answer', () => {
  it.each([
    ['100', {}, 10_000],
    ['12.5', {}, 1_250],
    ['１００元', {}, 10_000],
    ['一百', { amount: 10_000 }, 10_000],
    ['0', {}, undefined],
    ['嗯', {}, undefined],
  ] as const)('%s gives %s', (text, slots, fen) => {
    expect(amountOf(text, slots)).toBe(fen);
  });

  it('takes an amount the assistant found in the words when the parser saw no command', () => {
    expect(amountOf('一百块', {}, 10_000)).toBe(10_000);
    expect(amountOf('一百块', { amount: 5_000 }, 10_000)).toBe(5_000);
  });
});
