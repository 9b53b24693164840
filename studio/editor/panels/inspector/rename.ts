import type { Document } from '../../store';

/**
 * The document with node `from` called `to`, and every reference to it (the start node, each
 * port's target in `next` or `on`) following. Key order is kept so the node stays where it was.
 * Returns the document unchanged when `to` is taken or `from` does not exist.
 */
export function renameNode(document: Document, from: string, to: string): Document {
  const nodes = (document.nodes ?? {}) as Record<string, Record<string, unknown>>;
  if (from === to || !Object.hasOwn(nodes, from) || Object.hasOwn(nodes, to)) return document;
  const follow = (target: unknown) => (target === from ? to : target);
  const renamed = Object.fromEntries(
    Object.entries(nodes).map(([id, node]) => {
      let copy: Record<string, unknown> = node;
      if (node && typeof node === 'object') {
        if ('next' in node) copy = { ...copy, next: follow(node.next) };
        if (node.on && typeof node.on === 'object') {
          copy = { ...copy, on: Object.fromEntries(Object.entries(node.on as Record<string, unknown>).map(([port, t]) => [port, follow(t)])) };
        }
      }
      return [id === from ? to : id, copy];
    }),
  );
  return { ...document, start: follow(document.start), nodes: renamed };
}
