import type { Trigger } from '../../../../dsl/nodes/start';
import type { Channel, Scenario } from '../../../../dsl/schema/document';

/** The start node's port a session on each channel enters by. */
export const TRIGGER_OF: Record<Channel, Trigger> = { voice: 'call', chat: 'chat', sms: 'sms' };

/**
 * A copy of the scenario whose start port for the channel leads to `nodeId`, so the simulator
 * can begin in the middle of a flow without the user rewiring anything. The stored document is
 * never touched; an unknown node or the start node itself leaves the scenario as it is.
 */
export function startingAt(scenario: Scenario, nodeId: string | null, channel: Channel): Scenario {
  const start = scenario.nodes[scenario.start];
  if (!nodeId || nodeId === scenario.start || !scenario.nodes[nodeId] || start?.kind !== 'start') return scenario;
  return {
    ...scenario,
    nodes: { ...scenario.nodes, [scenario.start]: { ...start, on: { ...start.on, [TRIGGER_OF[channel]]: nodeId } } },
  };
}

/** Whether a session on the channel has somewhere to go from the start node. */
export function entersBy(scenario: Scenario, channel: Channel): boolean {
  const start = scenario.nodes[scenario.start];
  return start?.kind === 'start' && start.on[TRIGGER_OF[channel]] !== undefined;
}
