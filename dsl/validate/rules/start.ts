import type { Diagnostic } from '../../diagnostics';
import { isObject, own } from '../../migrate/json';
import type { NodeOf } from '../../nodes';
import type { Channel } from '../../schema/document';
import { describeNode, kindLabel } from '../describe';
import { exists } from '../graph';
import type { Rule, RuleContext } from '../types';

/** Triggers that can begin a session on each channel. */
const CHANNEL_TRIGGERS: Record<Channel, string[]> = { voice: ['call', 'outbound'], chat: ['chat'], sms: ['sms'] };
const TRIGGER_CHANNEL: Record<string, Channel> = { call: 'voice', chat: 'chat', sms: 'sms' };

function startNodes(context: RuleContext): string[] {
  return context.order.filter((id) => context.nodes.get(id)?.kind === 'start');
}

function checkTriggers(context: RuleContext, id: string, node: NodeOf<'start'>): Diagnostic[] {
  const subject = context.describe(id);
  const connected = Object.entries(node.on).flatMap(([trigger, target]) => (target ? [trigger] : []));
  if (connected.length === 0)
    return [{
      severity: 'error',
      code: 'start.noTrigger',
      message: `${subject}: no trigger is connected; connect call, chat, sms, outbound or subflow to the first step`,
      nodeId: id,
      path: ['nodes', id, 'on'],
    }];
  // A scenario entered only as a subflow takes the channel of the scenario that runs it.
  if (connected.every((trigger) => trigger === 'subflow')) return [];
  const diagnostics: Diagnostic[] = [];
  for (const channel of context.doc.channels) {
    if (CHANNEL_TRIGGERS[channel].some((trigger) => connected.includes(trigger))) continue;
    const triggers = CHANNEL_TRIGGERS[channel];
    diagnostics.push({
      severity: 'warning',
      code: 'start.channelWithoutTrigger',
      message: `${subject}: the scenario is for ${channel}, but no ${triggers.join(' or ')} trigger is connected`,
      nodeId: id,
      port: triggers[0],
      path: ['nodes', id, 'on'],
    });
  }
  for (const trigger of connected) {
    const channel = TRIGGER_CHANNEL[trigger];
    if (channel === undefined || context.doc.channels.includes(channel)) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'start.triggerWithoutChannel',
      message: `${subject}: the ${trigger} trigger is connected, but the scenario's channels do not include ${channel}`,
      nodeId: id,
      port: trigger,
      path: ['nodes', id, 'on', trigger],
    });
  }
  return diagnostics;
}

/** The scenario begins at exactly one start node, which has a trigger for each of its channels. */
export const startRule: Rule = (context) => {
  const { start } = context.doc;
  const diagnostics: Diagnostic[] = [];
  const starts = startNodes(context);
  if (!exists(context, start)) {
    diagnostics.push({
      severity: 'error',
      code: 'start.missing',
      message: `Scenario: it starts at '${start}', which does not exist${starts[0] ? `; did you mean '${starts[0]}'?` : ''}`,
      path: ['start'],
    });
  } else {
    const node = context.nodes.get(start);
    if (node && node.kind !== 'start')
      diagnostics.push({
        severity: 'error',
        code: 'start.notStart',
        message: `Scenario: it starts at ${describeNode(start, node)}, but a scenario must start at a Start step, not a ${kindLabel(node.kind)}`,
        nodeId: start,
        path: ['start'],
      });
  }
  // A start node that breaks its schema is reported there; it still counts as one here.
  const brokenStarts = [...context.broken.values()].filter((raw) => isObject(raw) && own(raw, 'kind') === 'start');
  if (starts.length === 0 && brokenStarts.length === 0)
    diagnostics.push({ severity: 'error', code: 'start.none', message: 'Scenario: there is no Start step; add one', path: ['nodes'] });
  const kept = starts.includes(start) ? start : starts[0];
  for (const extra of starts.filter((id) => id !== kept))
    diagnostics.push({
      severity: 'error',
      code: 'start.multiple',
      message: `${context.describe(extra)}: a scenario has exactly one Start step, and '${kept}' is already one`,
      nodeId: extra,
      path: ['nodes', extra],
    });
  const node = context.nodes.get(start);
  if (node?.kind === 'start') diagnostics.push(...checkTriggers(context, start, node));
  return diagnostics;
};
