import type { Locale } from '@/lib/i18n/config';
import { amountSpoken } from '@/lib/money-words';
import { matchPayee, type VoiceContact } from './payee';
import type { Intent, ParseResult, Slots } from './types';

// The assistant's dialogue as a pure state machine: state + event -> state + effects. It never
// calls the network, the recognizer or the speaker itself; the assistant panel runs the effects
// and feeds their results back as events. Money moves only through `confirmPayment`, which is
// emitted only for a `confirm` heard (or pressed) while a read-back is waiting for an answer.

export type { VoiceContact } from './payee';

export interface DueBill {
  id: string;
  billType: string;
  biller: string;
  /** Integer fen. */
  amount: number;
}

export type MoneyAction =
  | { kind: 'bill'; accountId: string; bill: DueBill }
  | { kind: 'transfer'; accountId: string; contact: VoiceContact; amount: number };

export type Stage =
  | { kind: 'idle' }
  | { kind: 'loading'; intent: 'pay_bill' | 'transfer'; slots: Slots }
  | { kind: 'chooseBill'; accountId: string; bills: DueBill[] }
  | { kind: 'choosePayee'; accountId: string; contacts: VoiceContact[]; amount?: number }
  | { kind: 'askAmount'; accountId: string; contact: VoiceContact }
  | { kind: 'checkingPayee'; accountId: string; contact: VoiceContact; amount: number }
  | { kind: 'review'; action: MoneyAction }
  | { kind: 'paying'; action: MoneyAction };

export interface Choice {
  id: string;
  label: string;
}

export interface DialogueState {
  stage: Stage;
  /** The assistant's last line: shown on screen and spoken. */
  line: string;
  choices: Choice[];
  /** A finished payment's receipt, for a link under the result line. */
  receiptId?: string;
}

export type PayeeCheckResult = 'match' | 'close_match' | 'no_match';

export type DialogueEvent =
  | { type: 'heard'; text: string; result: ParseResult; amount?: number }
  | { type: 'choose'; id: string }
  | { type: 'bills'; accountId: string; bills: DueBill[] }
  | { type: 'contacts'; accountId: string; contacts: VoiceContact[] }
  | { type: 'noWallet' }
  | { type: 'loadFailed' }
  | { type: 'payeeChecked'; result: PayeeCheckResult; name: string }
  | { type: 'paid'; receiptId: string }
  | { type: 'payCancelled' }
  | { type: 'woke' }
  | { type: 'textSizeSet'; changed: boolean; direction: 'larger' | 'smaller' };

export type Effect =
  | { type: 'say'; text: string; thenListen?: boolean }
  | { type: 'navigate'; href: string }
  | { type: 'back' }
  | { type: 'readScreen' }
  | { type: 'loadBills' }
  | { type: 'loadContacts' }
  | { type: 'checkPayee'; accountId: string; contactId: string }
  | { type: 'confirmPayment' }
  | { type: 'textSize'; direction: 'larger' | 'smaller' };

/** A translation function: voice keys without a prefix, other namespaces as "ns:key". */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export interface DialogueContext {
  locale: Locale;
  t: Translate;
}

export interface Step {
  state: DialogueState;
  effects: Effect[];
}

export const initialState = (ctx: DialogueContext): DialogueState => ({
  stage: { kind: 'idle' },
  line: ctx.t('lines.greeting'),
  choices: examples(ctx),
});

const EXAMPLES = ['pay_bill', 'check_balance', 'transfer', 'help'] as const;

function examples(ctx: DialogueContext): Choice[] {
  return EXAMPLES.map((i) => ({ id: `intent:${i}`, label: ctx.t(`examples.${i}`) }));
}

/** Says a line and shows it, with the choices (as big buttons) that answer it. */
function say(stage: Stage, line: string, choices: Choice[] = [], more: Effect[] = []): Step {
  return { state: { stage, line, choices }, effects: [{ type: 'say', text: line }, ...more] };
}

const idle: Stage = { kind: 'idle' };
/** Between two sentences: a space in English, nothing after a Chinese full stop. */
const gap = (ctx: DialogueContext) => (ctx.locale === 'en' ? ' ' : '');

const hasMoney = (s: Stage) => s.kind !== 'idle';
const money = (fen: number, ctx: DialogueContext) => amountSpoken(fen, ctx.locale);
const noun = (billType: string, ctx: DialogueContext) => ctx.t(`bills:nouns.${billType}`);

/** "your daughter 李娜" / "女儿李娜": the contact in the assistant's words. */
export function who(c: VoiceContact, ctx: DialogueContext): string {
  const relation = c.relation ? ctx.t(`wallet:relations.${c.relation}`) : '';
  return relation && !relation.startsWith('relations.')
    ? ctx.t('lines.who', { relation, name: c.name })
    : c.name;
}

function list(items: string[], ctx: DialogueContext): string {
  return items.join(ctx.t('lines.listSeparator'));
}

function billLabel(b: DueBill, ctx: DialogueContext): string {
  return ctx.t('lines.billChoice', {
    type: ctx.t(`bills:types.${b.billType}`),
    amount: money(b.amount, ctx),
  });
}

function chooseBill(accountId: string, bills: DueBill[], ctx: DialogueContext, lead = ''): Step {
  const labels = bills.map((b) => billLabel(b, ctx));
  const line = lead + ctx.t('lines.chooseBill', { list: list(labels, ctx) });
  const choices = bills.map((b, i) => ({ id: `bill:${b.id}`, label: labels[i]! }));
  return say({ kind: 'chooseBill', accountId, bills }, line, choices);
}

function reviewBill(accountId: string, bill: DueBill, ctx: DialogueContext, lead = ''): Step {
  const line =
    lead +
    ctx.t('lines.readBackBill', {
      noun: noun(bill.billType, ctx),
      amount: money(bill.amount, ctx),
      biller: bill.biller,
    });
  return say({ kind: 'review', action: { kind: 'bill', accountId, bill } }, line, yesNo(ctx));
}

function yesNo(ctx: DialogueContext): Choice[] {
  return [
    { id: 'intent:confirm', label: ctx.t('choices.yes') },
    { id: 'intent:cancel', label: ctx.t('choices.no') },
  ];
}

function choosePayee(
  accountId: string,
  contacts: VoiceContact[],
  amount: number | undefined,
  ctx: DialogueContext,
  lead = '',
): Step {
  const labels = contacts.map((c) => who(c, ctx));
  const line = lead + ctx.t('lines.choosePayee', { list: list(labels, ctx) });
  const choices = contacts.map((c, i) => ({ id: `contact:${c.id}`, label: labels[i]! }));
  return say({ kind: 'choosePayee', accountId, contacts, amount }, line, choices);
}

function payeeChosen(
  accountId: string,
  contact: VoiceContact,
  amount: number | undefined,
  ctx: DialogueContext,
): Step {
  if (amount === undefined)
    return say(
      { kind: 'askAmount', accountId, contact },
      ctx.t('lines.askAmount', { who: who(contact, ctx) }),
      amountChoices(ctx),
    );
  return say(
    { kind: 'checkingPayee', accountId, contact, amount },
    ctx.t('lines.checkingPayee'),
    [],
    [{ type: 'checkPayee', accountId, contactId: contact.id }],
  );
}

/** Common amounts as big buttons, for someone who would rather press than say a number. */
const QUICK_AMOUNTS = [5_000, 10_000, 20_000, 50_000];
function amountChoices(ctx: DialogueContext): Choice[] {
  return QUICK_AMOUNTS.map((fen) => ({ id: `amount:${fen}`, label: money(fen, ctx) }));
}

/**
 * An amount said or typed as an answer: the parser's slot, else any amount found in the words
 * ("一百块"), else digits ("100", "12.5").
 */
export function amountOf(text: string, slots: Slots, found?: number): number | undefined {
  const said = slots.amount ?? found;
  if (said !== undefined) return said > 0 ? said : undefined;
  const m = /(\d{1,9})(?:[.。](\d{1,2}))?/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : undefined;
}

/** One turn of the dialogue. Pure: the same state and event always give the same step. */
export function step(state: DialogueState, event: DialogueEvent, ctx: DialogueContext): Step {
  const s = state.stage;
  switch (event.type) {
    case 'heard':
      return heard(state, event.text, event.result, ctx, event.amount);
    case 'choose': {
      if (event.id.startsWith('intent:')) {
        const intent = event.id.slice('intent:'.length) as Intent;
        return heard(state, '', { intent, slots: {} }, ctx);
      }
      if (s.kind === 'chooseBill' && event.id.startsWith('bill:')) {
        const bill = s.bills.find((b) => `bill:${b.id}` === event.id);
        if (bill) return reviewBill(s.accountId, bill, ctx);
      }
      if (s.kind === 'askAmount' && event.id.startsWith('amount:')) {
        const fen = Number(event.id.slice('amount:'.length));
        if (QUICK_AMOUNTS.includes(fen)) return payeeChosen(s.accountId, s.contact, fen, ctx);
      }
      if (s.kind === 'choosePayee' && event.id.startsWith('contact:')) {
        const c = s.contacts.find((x) => `contact:${x.id}` === event.id);
        if (c) return payeeChosen(s.accountId, c, s.amount, ctx);
      }
      return { state, effects: [] };
    }
    case 'bills': {
      if (s.kind !== 'loading' || s.intent !== 'pay_bill') return { state, effects: [] };
      return billsLoaded(event.accountId, event.bills, s.slots, ctx);
    }
    case 'contacts': {
      if (s.kind !== 'loading' || s.intent !== 'transfer') return { state, effects: [] };
      const { payee, amount } = s.slots;
      if (event.contacts.length === 0) return say(idle, ctx.t('lines.noContacts'));
      const found = payee ? matchPayee(payee, event.contacts) : [];
      if (found.length === 1) return payeeChosen(event.accountId, found[0]!, amount, ctx);
      const lead =
        payee && found.length === 0 ? ctx.t('lines.payeeUnknown', { payee }) + gap(ctx) : '';
      const among = found.length > 1 ? found : event.contacts;
      return choosePayee(event.accountId, among, amount, ctx, lead);
    }
    case 'noWallet':
      return say(idle, ctx.t('lines.noWallet'));
    case 'loadFailed':
      return say(idle, ctx.t('lines.loadFailed'));
    case 'payeeChecked': {
      if (s.kind !== 'checkingPayee') return { state, effects: [] };
      // A matching name is the same person: from here on, say the name as the bank has it in
      // the page's language (an English page says "Chen Ming" for 陈明).
      const contact = event.result === 'match' ? { ...s.contact, name: event.name } : s.contact;
      const w = who(contact, ctx);
      if (event.result === 'no_match')
        return say(idle, ctx.t('lines.payeeNo', { name: event.name, saved: s.contact.name }));
      const check =
        event.result === 'match'
          ? ctx.t('lines.payeeMatch', { name: event.name })
          : ctx.t('lines.payeeClose', { name: event.name, saved: s.contact.name });
      const line =
        check +
        gap(ctx) +
        ctx.t('lines.readBackTransfer', { amount: money(s.amount, ctx), who: w });
      const action: MoneyAction = {
        kind: 'transfer',
        accountId: s.accountId,
        contact,
        amount: s.amount,
      };
      return say({ kind: 'review', action }, line, yesNo(ctx));
    }
    case 'paid': {
      if (s.kind !== 'paying' && s.kind !== 'review') return { state, effects: [] };
      const a = s.action;
      const line =
        a.kind === 'bill'
          ? ctx.t('lines.paid', {
              noun: noun(a.bill.billType, ctx),
              amount: money(a.bill.amount, ctx),
            })
          : ctx.t('lines.sent', { amount: money(a.amount, ctx), who: who(a.contact, ctx) });
      const next = say(idle, line);
      return { ...next, state: { ...next.state, receiptId: event.receiptId } };
    }
    case 'woke': {
      // The wake phrase: say so, then listen for the command (no money action is kept).
      const line = ctx.t('wake.heard');
      return {
        state: { stage: idle, line, choices: examples(ctx) },
        effects: [{ type: 'say', text: line, thenListen: true }],
      };
    }
    case 'payCancelled':
      return say(idle, ctx.t('lines.cancelled'), examples(ctx));
    case 'textSizeSet': {
      const key = event.changed
        ? `lines.text.${event.direction}`
        : `lines.text.${event.direction === 'larger' ? 'largest' : 'smallest'}`;
      return say(s, ctx.t(key), state.choices);
    }
  }
}

function billsLoaded(
  accountId: string,
  bills: DueBill[],
  slots: Slots,
  ctx: DialogueContext,
): Step {
  if (bills.length === 0) return say(idle, ctx.t('lines.noBills'));
  if (!slots.billType) return chooseBill(accountId, bills, ctx);
  const ofType = bills.filter((b) => b.billType === slots.billType);
  if (ofType.length === 0)
    return chooseBill(
      accountId,
      bills,
      ctx,
      ctx.t('lines.noBillOfType', { noun: noun(slots.billType, ctx) }) + gap(ctx),
    );
  if (ofType.length > 1) return chooseBill(accountId, ofType, ctx);
  const bill = ofType[0]!;
  const lead =
    slots.amount !== undefined && slots.amount !== bill.amount
      ? ctx.t('lines.amountDiffers', {
          said: money(slots.amount, ctx),
          amount: money(bill.amount, ctx),
        }) + gap(ctx)
      : '';
  return reviewBill(accountId, bill, ctx, lead);
}

const ROUTES: Partial<Record<Intent, { href: string; line: string }>> = {
  check_balance: { href: '/money', line: 'lines.route.balance' },
  history: { href: '/money', line: 'lines.route.history' },
  show_pay_code: { href: '/pay-code', line: 'lines.route.payCode' },
  scan_code: { href: '/bills/add', line: 'lines.route.scan' },
  check_bills: { href: '/bills', line: 'lines.route.bills' },
  help: { href: '/help', line: 'lines.route.help' },
};

function heard(
  state: DialogueState,
  text: string,
  r: ParseResult,
  ctx: DialogueContext,
  found?: number,
): Step {
  const s = state.stage;
  const dropped = hasMoney(s) ? ctx.t('lines.nothingPaid') + gap(ctx) : '';

  // While the passkey or PIN is being asked for, the screen decides: a request may be on its way.
  if (s.kind === 'paying' && r.intent !== 'repeat') return say(s, ctx.t('lines.stillConfirming'));

  // Answers to the question that is open come first.
  if (s.kind === 'askAmount' && !['cancel', 'repeat', 'go_back', 'go_home'].includes(r.intent)) {
    const fen = amountOf(text, r.slots, found);
    if (fen !== undefined) return payeeChosen(s.accountId, s.contact, fen, ctx);
    if (r.intent === 'unknown' || r.intent === 'transfer' || r.intent === 'confirm')
      return say(s, ctx.t('lines.amountAgain', { who: who(s.contact, ctx) }), amountChoices(ctx));
  }
  if (s.kind === 'chooseBill' && (r.intent === 'pay_bill' || r.intent === 'check_bills')) {
    const hit = s.bills.filter((b) => b.billType === r.slots.billType);
    if (hit.length === 1) return reviewBill(s.accountId, hit[0]!, ctx);
    if (!r.slots.billType) return say(s, state.line, state.choices);
  }
  if (s.kind === 'choosePayee' && (r.intent === 'transfer' || r.intent === 'unknown')) {
    const said = r.slots.payee ?? text;
    const hit = matchPayee(said, s.contacts);
    if (hit.length === 1) return payeeChosen(s.accountId, hit[0]!, r.slots.amount ?? s.amount, ctx);
  }

  switch (r.intent) {
    case 'confirm':
      if (s.kind === 'review')
        return say(
          { kind: 'paying', action: s.action },
          ctx.t('lines.confirming'),
          [],
          [{ type: 'confirmPayment' }],
        );
      if (s.kind === 'idle') return say(idle, ctx.t('lines.nothingToConfirm'), examples(ctx));
      return say(s, state.line, state.choices);
    case 'cancel':
      return say(idle, hasMoney(s) ? ctx.t('lines.cancelled') : ctx.t('lines.ok'), examples(ctx));
    case 'repeat':
      return say(s, state.line, state.choices);
    case 'go_home':
      return say(idle, dropped + ctx.t('lines.goHome'), [], [{ type: 'navigate', href: '/' }]);
    case 'go_back':
      return say(idle, dropped + ctx.t('lines.goBack'), [], [{ type: 'back' }]);
    case 'pay_bill':
      return say(
        { kind: 'loading', intent: 'pay_bill', slots: r.slots },
        dropped + ctx.t('lines.lookingBills'),
        [],
        [{ type: 'loadBills' }],
      );
    case 'transfer':
      return say(
        { kind: 'loading', intent: 'transfer', slots: r.slots },
        dropped + ctx.t('lines.lookingContacts'),
        [],
        [{ type: 'loadContacts' }],
      );
    case 'family_help': {
      const line = r.slots.member
        ? ctx.t('lines.route.familyMember', { member: r.slots.member })
        : ctx.t('lines.route.family');
      return say(idle, dropped + line, [], [{ type: 'navigate', href: '/family' }]);
    }
    case 'explain': {
      if (!r.slots.term)
        return say(
          idle,
          dropped + ctx.t('lines.route.explainAll'),
          [],
          [{ type: 'navigate', href: '/help#glossary-heading' }],
        );
      const answer = ctx.t(`glossary:terms.${r.slots.term}.answer`);
      return say(
        idle,
        dropped + answer,
        [],
        [{ type: 'navigate', href: `/help?term=${r.slots.term}` }],
      );
    }
    case 'read_screen':
      return {
        state: { stage: idle, line: dropped + ctx.t('lines.readScreen'), choices: [] },
        effects: [{ type: 'readScreen' }],
      };
    case 'text_size': {
      const direction = r.slots.direction ?? 'larger';
      return {
        state: { ...state, stage: idle, line: dropped + ctx.t('lines.textSizing') },
        effects: [{ type: 'textSize', direction }],
      };
    }
    case 'vouchers':
    case 'lessons':
      return say(idle, dropped + ctx.t(`lines.notYet.${r.intent}`), [
        { id: 'intent:help', label: ctx.t('examples.help') },
      ]);
    case 'unknown':
      if (hasMoney(s))
        return say(s, ctx.t('lines.notCaughtHere') + gap(ctx) + state.line, state.choices);
      return say(idle, ctx.t('lines.unknown'), examples(ctx));
    default: {
      const route = ROUTES[r.intent];
      if (!route) return say(idle, ctx.t('lines.unknown'), examples(ctx));
      return say(idle, dropped + ctx.t(route.line), [], [{ type: 'navigate', href: route.href }]);
    }
  }
}
