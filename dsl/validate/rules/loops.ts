import type { Diagnostic } from '../../diagnostics';
import { definitionOf } from '../../nodes';
import { links } from '../facts';
import type { Rule, RuleContext } from '../types';

/** Edges between nodes that move on without waiting for the caller or the outside world. */
function instantGraph(context: RuleContext): Map<string, string[]> {
  const instant = new Set<string>();
  for (const [id, node] of context.nodes) if (!definitionOf(node).waits(node)) instant.add(id);
  const graph = new Map<string, string[]>();
  const all = links(context);
  for (const id of context.order) {
    if (!instant.has(id)) continue;
    const targets = (all.get(id) ?? []).flatMap((l) => (l.target !== undefined && instant.has(l.target) ? [l.target] : []));
    graph.set(id, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components, iterative so a long chain of nodes cannot overflow the stack. */
export function stronglyConnected(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; next: number };
      const targets = graph.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}

/** A shortest way from `first` back to itself inside the component, for the message. */
function cycleThrough(first: string, members: Set<string>, graph: Map<string, string[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [first];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const target of graph.get(id) ?? []) {
      if (!members.has(target)) continue;
      if (target === first) {
        const path = [first];
        for (let at = id; at !== first; at = previous.get(at) as string) path.unshift(at);
        path.unshift(first);
        return path;
      }
      if (!previous.has(target)) {
        previous.set(target, id);
        queue.push(target);
      }
    }
  }
  return [first, first];
}

/** Cycles among nodes that never wait would spin forever without the caller doing anything. */
export const loopsRule: Rule = (context) => {
  const graph = instantGraph(context);
  const position = new Map(context.order.map((id, i) => [id, i]));
  const diagnostics: Diagnostic[] = [];
  for (const component of stronglyConnected(graph)) {
    const [only] = component;
    if (component.length === 1 && !(graph.get(only as string) ?? []).includes(only as string)) continue;
    const members = new Set(component);
    const first = [...component].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))[0] as string;
    const cycle = cycleThrough(first, members, graph);
    diagnostics.push({
      severity: 'error',
      code: 'loop.noWait',
      message:
        `${context.describe(first)}: these steps can loop forever without waiting for the caller: ${cycle.join(' → ')}; ` +
        'add a step that waits (a menu or a question) or break the loop',
      nodeId: first,
      path: ['nodes', first],
    });
  }
  return diagnostics;
};
