import { isObject, own } from '../migrate/json';
import { definitionOf, type Node } from '../nodes';
import type { PortLink } from '../nodes/ports';
import type { RuleContext } from './types';

/**
 * A node's ports with their targets, as `portLinks` gives them, but reading `on` by own
 * property: a port named like an Object.prototype member ("toString") must not "lead" to a
 * function. Single-port kinds keep their target in `next`, the others in `on`.
 */
export function linksOf(node: Node): PortLink[] {
  const on = 'on' in node ? (node.on as Record<string, unknown>) : undefined;
  return definitionOf(node)
    .ports(node)
    .map((port) => {
      const raw = port.name === 'next' && 'next' in node ? node.next : on && Object.hasOwn(on, port.name) ? on[port.name] : undefined;
      return { name: port.name, required: port.required, target: typeof raw === 'string' ? raw : undefined };
    });
}

/** Where a node that failed its schema seems to lead, read leniently from `next` and `on`. */
export function rawTargets(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  const targets: string[] = [];
  const next = own(raw, 'next');
  if (typeof next === 'string') targets.push(next);
  const on = own(raw, 'on');
  if (isObject(on)) for (const target of Object.values(on)) if (typeof target === 'string') targets.push(target);
  return targets;
}

export function exists(context: RuleContext, id: string): boolean {
  return context.nodes.has(id) || context.broken.has(id);
}

/** Looks for variable names a broken node would set, so its brokenness does not make them look unset. */
export function rawWrites(raw: unknown, depth = 0, found: string[] = []): string[] {
  if (depth > 8 || typeof raw !== 'object' || raw === null) return found;
  if (Array.isArray(raw)) {
    for (const item of raw) rawWrites(item, depth + 1, found);
    return found;
  }
  for (const [key, value] of Object.entries(raw)) {
    if ((key === 'variable' || key === 'intentVariable') && typeof value === 'string') found.push(value);
    else if ((key === 'map' || key === 'outputs') && isObject(value)) found.push(...Object.keys(value));
    else if (typeof value === 'object') rawWrites(value, depth + 1, found);
  }
  return found;
}

const VARS_READ = /\bvars\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g;

/** Variables a broken node's texts seem to read, so declared variables do not look unused. */
export function rawReads(raw: unknown, depth = 0, found: string[] = []): string[] {
  if (typeof raw === 'string') {
    if (raw.length <= 20_000) for (const match of raw.matchAll(VARS_READ)) if (match[1]) found.push(match[1]);
  } else if (depth <= 8 && typeof raw === 'object' && raw !== null) {
    for (const value of Object.values(raw)) rawReads(value, depth + 1, found);
  }
  return found;
}
