import type { Scenario } from '../schema/document';
import type { Node } from '../nodes';
import { targetOf } from '../nodes/ports';
import { ENDED_STATE_ID, type ActionRef, type TransitionConfig } from './config';

export type ResolveScenario = (id: string, revision?: number) => Scenario | undefined;

/** What a node's compile rule knows about where it stands. */
export interface CompileContext {
  scenario: Scenario;
  /** Prefix of state ids, so a subflow's nodes can be inlined next to the caller's. */
  prefix: string;
  /** Where a `return` node leads, inside an inlined subflow. */
  returns?: { done: TransitionConfig; error: TransitionConfig };
  resolveScenario?: ResolveScenario;
  /** Scenario ids on the way down, to refuse a subflow that runs itself. */
  stack: string[];
}

export function stateId(ctx: CompileContext, nodeId: string): string {
  return ctx.prefix + nodeId;
}

export const visit = (ctx: CompileContext, nodeId: string, node: Node): ActionRef => ({
  type: 'visit',
  params: { nodeId: stateId(ctx, nodeId), kind: node.kind },
});

/**
 * The transition that leaves a node by a port. An unconnected (optional) port ends the
 * session with a reason naming the port, so the call record says why it ended.
 */
export function leave(ctx: CompileContext, nodeId: string, node: Node, port: string, extra: Partial<TransitionConfig> = {}): TransitionConfig {
  const target = targetOf(node, port);
  if (target !== undefined) return { ...extra, target: `#${stateId(ctx, target)}` };
  return {
    ...extra,
    target: `#${ENDED_STATE_ID}`,
    actions: [...(extra.actions ?? []), { type: 'hangup', params: { reason: `no route: ${stateId(ctx, nodeId)}.${port}` } }],
  };
}

/** Drops undefined fields so the emitted JSON stays small and stable. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
