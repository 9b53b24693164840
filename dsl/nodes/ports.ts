import type { PortSpec } from './define';
import { definitionOf, type Node } from './index';

export interface PortLink extends PortSpec {
  /** The node id the port leads to, or undefined when it is not connected. */
  target: string | undefined;
}

/** A node's ports with where each leads. Single-port kinds keep their target in `next`, others in `on`. */
export function portLinks(node: Node): PortLink[] {
  return definitionOf(node).ports(node).map((port) => ({ ...port, target: targetOf(node, port.name) }));
}

export function targetOf(node: Node, port: string): string | undefined {
  if ('next' in node && port === 'next') return node.next;
  if (!('on' in node)) return undefined;
  // Own properties only: a port called "toString" must not find Object.prototype's.
  const on = node.on as Record<string, unknown>;
  const target = Object.hasOwn(on, port) ? on[port] : undefined;
  return typeof target === 'string' ? target : undefined;
}

/** Port names the node defines in `on` that its kind does not have (a typo or a removed option). */
export function strayPorts(node: Node): string[] {
  if (!('on' in node)) return [];
  const known = new Set(definitionOf(node).ports(node).map((p) => p.name));
  return Object.keys(node.on).filter((name) => !known.has(name));
}
