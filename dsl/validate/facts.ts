import { definitionOf } from '../nodes';
import type { PortLink } from '../nodes/ports';
import type { CodeRef } from '../nodes/define';
import { CodeAnalyzer } from './analysis';
import { codeOf } from './code';
import { linksOf, rawTargets, rawWrites } from './graph';
import type { RuleContext } from './types';

/** Facts several rules need, worked out once per validation run. */
function perRun<T>(compute: (context: RuleContext) => T): (context: RuleContext) => T {
  const cache = new WeakMap<RuleContext, T>();
  return (context) => {
    if (!cache.has(context)) cache.set(context, compute(context));
    return cache.get(context) as T;
  };
}

/** Ports with their targets, per schema-valid node. */
export const links = perRun((context): Map<string, PortLink[]> => {
  const result = new Map<string, PortLink[]>();
  for (const [id, node] of context.nodes) result.set(id, linksOf(node));
  return result;
});

/** Ids each node leads to (connected ports only), broken nodes included. */
export const successors = perRun((context): Map<string, string[]> => {
  const all = links(context);
  const result = new Map<string, string[]>();
  for (const id of context.order) {
    const own = all.get(id);
    result.set(id, own ? own.flatMap((l) => (l.target === undefined ? [] : [l.target])) : rawTargets(context.broken.get(id)));
  }
  return result;
});

/** Expressions and templates per schema-valid node. */
export const code = perRun((context): Map<string, CodeRef[]> => {
  const result = new Map<string, CodeRef[]>();
  for (const [id, node] of context.nodes) result.set(id, codeOf(node));
  return result;
});

export const analyzer = perRun(() => new CodeAnalyzer());

/** Variables some node sets, each with the first node (in document order) that sets it. */
export const writtenVariables = perRun((context): Map<string, string> => {
  const result = new Map<string, string>();
  for (const id of context.order) {
    const node = context.nodes.get(id);
    const names = node ? definitionOf(node).writes(node) : rawWrites(context.broken.get(id));
    for (const name of names) if (!result.has(name)) result.set(name, id);
  }
  return result;
});

/** Variables an expression may read: declared ones and those some node sets. */
export const knownVariables = perRun(
  (context): Set<string> => new Set([...Object.keys(context.doc.variables), ...writtenVariables(context).keys()]),
);
