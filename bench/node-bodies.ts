import type { NodeKind } from '../dsl/nodes';

/** Kinds a generated main scenario uses: every kind but the entry and the subflow-only `return`. */
export type GeneratedKind = Exclude<NodeKind, 'start' | 'return'>;

export interface BodyContext {
  locales: string[];
  pick: (n: number) => number;
}

export const SUBFLOW_ID = 'generated-subflow';

type Body = Record<string, unknown>;

const PHRASES = [
  'Welcome to our service line.',
  'Please hold on, we are looking up your account.',
  'Your balance is {{vars.score}} euros.',
  'Thank you, {{vars.customer}}.',
  'For billing press 1, for support press 2.',
  'We are closed at the moment.',
];

/** A prompt in every locale of the scenario, so no locale text is ever missing. */
const text = (ctx: BodyContext, n: number) =>
  Object.fromEntries(ctx.locales.map((locale) => [locale, `${PHRASES[n % PHRASES.length]} (${locale} #${n})`]));

const words = (ctx: BodyContext, word: string) => Object.fromEntries(ctx.locales.map((locale) => [locale, [word]]));

/**
 * A schema-valid body per kind, ports left open: the factory connects them. `n` varies the
 * content so that nodes are not copies of each other.
 */
export const NODE_BODIES: Record<GeneratedKind, (ctx: BodyContext, n: number) => Body> = {
  say: (ctx, n) => ({ kind: 'say', name: `Prompt ${n}`, prompt: text(ctx, n) }),
  menu: (ctx, n) => {
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'].slice(0, 2 + ctx.pick(4));
    return {
      kind: 'menu',
      name: `Menu ${n}`,
      prompt: text(ctx, n),
      options: keys.map((dtmf, i) => ({ port: `option${i + 1}`, dtmf, keywords: words(ctx, `choice ${i + 1}`) })),
      noMatchPrompt: text(ctx, n + 1),
      on: {},
    };
  },
  ask: (ctx, n) => ({
    kind: 'ask',
    name: `Question ${n}`,
    prompt: text(ctx, n),
    variable: 'answer',
    type: ['digits', 'number', 'yesNo', 'text'][ctx.pick(4)],
    on: {},
  }),
  branch: (ctx, n) => ({
    kind: 'branch',
    name: `Decision ${n}`,
    conditions: [
      { port: 'high', when: `vars.score > ${ctx.pick(100)}` },
      ...(ctx.pick(2) ? [{ port: 'vip', when: 'vars.vip == true' }] : []),
    ],
    on: {},
  }),
  set: (ctx, n) => ({ kind: 'set', name: `Update ${n}`, assign: [{ variable: 'score', value: `vars.score + ${1 + ctx.pick(9)}` }] }),
  http: (ctx, n) => ({
    kind: 'http',
    name: `CRM lookup ${n}`,
    url: 'https://crm.example/api/customers?phone={{caller.number}}',
    map: { customer: 'response.body.name', score: 'response.body.score' },
    holdPrompt: text(ctx, n),
    on: {},
  }),
  schedule: (_ctx, n) => ({
    kind: 'schedule',
    name: `Opening hours ${n}`,
    timezone: 'Europe/Berlin',
    hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [day, [{ from: '08:00', to: '18:00' }]])),
    holidays: [{ date: '12-25', name: 'Christmas' }],
    on: {},
  }),
  callerList: (_ctx, n) => ({ kind: 'callerList', name: `Blocked callers ${n}`, numbers: ['+4930123456', '+49151*'], on: {} }),
  language: (ctx, n) => ({ kind: 'language', name: `Language ${n}`, locale: ctx.locales[ctx.pick(ctx.locales.length)] }),
  transfer: (ctx, n) => ({
    kind: 'transfer',
    name: `Transfer ${n}`,
    target: { type: 'number', value: `+4930${1000 + n}` },
    announce: text(ctx, n),
    on: {},
  }),
  queue: (ctx, n) => ({ kind: 'queue', name: `Queue ${n}`, queue: `team-${n % 7}`, positionPrompt: text(ctx, n), on: {} }),
  voicemail: (ctx, n) => ({ kind: 'voicemail', name: `Mailbox ${n}`, mailbox: `box-${n % 5}`, greeting: text(ctx, n) }),
  record: (ctx, n) => ({
    kind: 'record',
    name: `Recording ${n}`,
    consent: text(ctx, n),
    ...(ctx.pick(2) ? { optOutKey: '9' } : {}),
    on: {},
  }),
  bot: (ctx, n) => ({
    kind: 'bot',
    name: `Assistant ${n}`,
    greeting: text(ctx, n),
    intents: [
      { name: 'billing', utterances: words(ctx, 'my bill'), exit: true },
      { name: 'opening', utterances: words(ctx, 'when are you open'), answer: text(ctx, n + 1) },
    ],
    on: {},
  }),
  message: (ctx, n) => ({ kind: 'message', name: `SMS ${n}`, text: text(ctx, n), channel: 'sms' }),
  tag: (ctx, n) => ({ kind: 'tag', name: `Tag ${n}`, status: ['open', 'resolved'][ctx.pick(2)], tags: [`step-${n}`] }),
  subflow: (_ctx, n) => ({ kind: 'subflow', name: `Identify ${n}`, scenario: SUBFLOW_ID, on: {} }),
  hangup: (ctx, n) => ({ kind: 'hangup', name: `Goodbye ${n}`, prompt: text(ctx, n) }),
};
