import { evaluate, isTruthy, renderTemplate } from '../../expr';
import type { StartEvent } from '../../session/events';
import { pickText, scopeOf } from '../scope';
import { behaviour, guard, update } from './kit';

/** Session-wide behaviours: start, end, locale, variables, tags and messages. */
export const sessionActions = {
  initSession: update((context, event) => {
    const start = event as unknown as StartEvent;
    const inputs = Object.fromEntries(Object.entries(start.vars ?? {}).filter(([name]) => context.inputs.includes(name)));
    return {
      caller: start.caller,
      called: start.called,
      session: { id: start.sessionId, channel: start.channel, trigger: start.trigger, startedAt: start.startedAt },
      // A locale the scenario does not speak would leave every prompt untranslated.
      locale: start.locale && context.locales.includes(start.locale) ? start.locale : context.locale,
      vars: { ...context.vars, ...inputs },
    };
  }),
  answer: behaviour((context, _event, _params, out) => {
    if (context.session.channel === 'voice') out.command({ type: 'answer' });
  }),
  hangup: behaviour((_context, _event, params, out) => {
    out.update({ endReason: params.reason });
    out.command({ type: 'hangup', reason: params.reason });
  }),
  callerHungUp: update(() => ({ endReason: 'caller hung up' })),
  visit: behaviour((_context, _event, params, out) => {
    out.update({ node: params.nodeId });
    out.emit({ type: 'visit', nodeId: params.nodeId, kind: params.kind });
  }),
  setLocale: behaviour((_context, _event, params, out) => {
    out.update({ locale: params.locale });
    out.command({ type: 'setLocale', locale: params.locale });
  }),
  setVariable: update((context, _event, params) => ({ vars: { ...context.vars, [params.variable]: params.value } })),
  /** Evaluated in order, so a later value can read an earlier one. */
  assignVars: update((context, _event, params) => {
    const vars = { ...context.vars };
    for (const { variable, value } of params.assign as { variable: string; value: string }[]) {
      vars[variable] = evaluate(value, scopeOf({ ...context, vars })) ?? null;
    }
    return { vars };
  }),
  tag: behaviour((context, _event, params, out) => {
    const tags = [...new Set([...context.tags, ...(params.tags as string[])])];
    out.update({ tags, status: params.status ?? context.status });
    out.command({ type: 'tag', nodeId: params.nodeId, status: params.status, tags: params.tags });
  }),
  sendMessage: behaviour((context, _event, params, out) => {
    const viaChat = params.channel === 'chat' || (params.channel === 'same' && context.session.channel === 'chat');
    out.command({
      type: 'message',
      nodeId: params.nodeId,
      text: pickText(params.text, context) ?? '',
      to: params.to !== undefined ? renderTemplate(params.to, scopeOf(context)) : context.caller.number,
      channel: viaChat ? 'chat' : 'sms',
    });
  }),
};

export const sessionGuards = {
  triggerIs: guard((_context, event, params) => event.trigger === params.trigger),
  expression: guard((context, _event, params) => isTruthy(params.expression, scopeOf(context))),
};
