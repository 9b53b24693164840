import { jexl } from './jexl';

/** Jexl's AST is untyped; this is the part of its shape we walk. */
export interface AstNode {
  type: string;
  value?: unknown;
  from?: AstNode;
  name?: string;
  args?: AstNode[];
  left?: AstNode;
  right?: AstNode;
  [key: string]: unknown;
}

export function parse(source: string): AstNode {
  const expression = jexl.compile(source) as unknown as { _getAst(): AstNode };
  return expression._getAst();
}

export function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
  visit(node as AstNode);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

/** The chain of names an identifier reads, e.g. `vars.customer.name` → ["vars", "customer", "name"]. */
export function identifierPath(node: AstNode): string[] | undefined {
  if (node.type !== 'Identifier' || typeof node.value !== 'string') return undefined;
  if (!node.from) return [node.value];
  const head = identifierPath(node.from);
  return head ? [...head, node.value] : undefined;
}
