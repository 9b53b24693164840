import { z } from 'zod';
import { ask } from './ask';
import { bot } from './bot';
import { branch } from './branch';
import { callerList } from './callerList';
import type { NodeDefinition } from './define';
import { hangup } from './hangup';
import { http } from './http';
import { language } from './language';
import { menu } from './menu';
import { message } from './message';
import { queue } from './queue';
import { record } from './record';
import { returnNode } from './return';
import { say } from './say';
import { schedule } from './schedule';
import { set } from './set';
import { start } from './start';
import { subflow } from './subflow';
import { tag } from './tag';
import { transfer } from './transfer';
import { voicemail } from './voicemail';

/** Every node kind, in palette order. */
export const NODE_DEFINITIONS = [
  start, say, menu, ask, branch, set, http, schedule, callerList, language,
  transfer, queue, voicemail, record, bot, message, tag, subflow, hangup, returnNode,
] as const;

export const Node = z.discriminatedUnion(
  'kind',
  NODE_DEFINITIONS.map((d) => d.schema) as unknown as [
    (typeof NODE_DEFINITIONS)[number]['schema'],
    ...(typeof NODE_DEFINITIONS)[number]['schema'][],
  ],
);
export type Node = z.infer<typeof Node>;
export type NodeKind = Node['kind'];
export type NodeOf<K extends NodeKind> = Extract<Node, { kind: K }>;
export const NODE_KINDS = NODE_DEFINITIONS.map((d) => d.kind) as NodeKind[];

const byKind = new Map<string, NodeDefinition>(NODE_DEFINITIONS.map((d) => [d.kind, d as unknown as NodeDefinition]));

/** The facts of a node's kind; the node must already be schema-valid. */
export function definitionOf(node: Node): NodeDefinition<NodeKind, z.ZodType<Node>> {
  const def = byKind.get(node.kind);
  if (!def) throw new Error(`unknown node kind "${node.kind}"`);
  return def as NodeDefinition<NodeKind, z.ZodType<Node>>;
}

export function isNodeKind(kind: unknown): kind is NodeKind {
  return typeof kind === 'string' && byKind.has(kind);
}
