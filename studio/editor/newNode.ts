import type { NodeKind } from '../../dsl/nodes';

type RawNode = Record<string, unknown> & { kind: NodeKind };

/** The first free `<kind><n>` id, so new nodes read as `say1`, `say2`… in diagnostics. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = base.replace(/[^A-Za-z0-9_]/g, '').replace(/\d+$/, '') || 'node';
  for (let n = 1; ; n++) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}

/** One placeholder per locale: schema-valid, and obviously text still to write. */
function prompt(locales: string[], text: string): Record<string, string> {
  return Object.fromEntries(locales.map((l) => [l, text]));
}

/**
 * A node of the kind with only what its schema requires, prompts filled with a short placeholder
 * in every locale (an empty prompt would make the whole document unparseable, and the canvas blank).
 */
export function newNode(kind: NodeKind, locales: string[], position: { x: number; y: number }): RawNode {
  const ui = { x: Math.round(position.x), y: Math.round(position.y) };
  const say = (text: string) => prompt(locales, text);
  const fields: Record<NodeKind, Record<string, unknown>> = {
    start: { on: {} },
    say: { prompt: say('Text to say') },
    menu: {
      prompt: say('For sales press 1.'),
      options: [{ dtmf: '1', port: 'option1', keywords: Object.fromEntries(locales.map((l) => [l, []])) }],
      on: {},
    },
    ask: { prompt: say('Question to ask'), type: 'digits', variable: 'answer', on: {} },
    branch: { conditions: [{ port: 'yes', when: 'vars.answer == "1"' }], on: {} },
    set: { assign: [{ variable: 'value', value: '""' }] },
    http: { url: 'https://example.invalid/api', on: {} },
    schedule: { timezone: 'Europe/Berlin', hours: { mon: [{ from: '08:00', to: '18:00' }] }, on: {} },
    callerList: { numbers: [], on: {} },
    language: { locale: locales[0] ?? 'en-US' },
    transfer: { target: { type: 'number', value: '+4930123456' }, on: {} },
    queue: { queue: 'support', on: {} },
    voicemail: { mailbox: 'general' },
    record: { on: {} },
    bot: { on: {} },
    message: { text: say('Message text') },
    tag: { tags: [] },
    subflow: { scenario: 'subflow-id', on: {} },
    hangup: {},
    return: {},
  };
  return { kind, ...fields[kind], ui } as RawNode;
}
